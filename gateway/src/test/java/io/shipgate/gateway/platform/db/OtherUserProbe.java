package io.shipgate.gateway.platform.db;

import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Run as another OS user by {@link EmbeddedPostgresSecurityTest}: tries every way in to the
 * embedded PostgreSQL that such a user has, and prints one line per way: {@code <way>: open} or
 * {@code <way>: closed (<why>)}.
 * Arguments: the port, the password file, and the Unix socket where PostgreSQL would put it.
 */
public final class OtherUserProbe {

    private OtherUserProbe() {
    }

    public static void main(String[] args) {
        String url = "jdbc:postgresql://127.0.0.1:" + args[0] + "/" + EmbeddedPostgresServer.DATABASE;
        for (String role : new String[] {DatabasePasswords.SUPERUSER, ApplicationRole.NAME}) {
            probe("tcp as " + role, () -> {
                try (Connection connection = DriverManager.getConnection(url, role, "")) {
                    connection.isValid(2);
                }
            });
        }
        probe("password file", () -> Files.readString(Path.of(args[1])));
        probe("unix socket", () -> {
            try (SocketChannel socket = SocketChannel.open(UnixDomainSocketAddress.of(args[2]))) {
                socket.finishConnect();
            }
        });
    }

    private static void probe(String way, Attempt attempt) {
        try {
            attempt.run();
            System.out.println(way + ": open");
        } catch (Exception e) {
            System.out.println(way + ": closed (" + e.getClass().getSimpleName() + ")");
        }
    }

    private interface Attempt {
        void run() throws Exception;
    }
}
