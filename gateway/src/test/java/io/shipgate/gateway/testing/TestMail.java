package io.shipgate.gateway.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One real SMTP server (GreenMail) per test JVM, on 127.0.0.1 and a port chosen once: the gateway's
 * {@code spring.mail.host} and {@code port} point at it, so customer notifications are on in the shared test context
 * (no tenant gets any unless it chooses milestones: the tests' default is none). SMS go to {@link CarrierMocks}' WireMock
 * server ({@link #SMS_PATH}), which answers 404 unless a test stubs it. A test may stop it (an SMTP outage)
 * and start it again on the same port; tests tell their messages apart by recipient.
 */
public final class TestMail {

    /** Where the gateway POSTs customers' SMS: a path of {@link CarrierMocks}' WireMock server. */
    public static final String SMS_PATH = "/test-sms-gateway/messages";
    private static final int PORT = freePort();
    private static GreenMail server = start();

    private TestMail() {
    }

    /** Messages received so far for this address (case-insensitive). */
    public static synchronized List<MimeMessage> receivedFor(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    /** The server goes away: connections are refused until {@link #restart()}. */
    public static synchronized void stop() {
        server.stop();
    }

    /** A new server on the same port (what it had received is gone). */
    public static synchronized void restart() {
        server.stop();
        server = start();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().toLowerCase().contains(address.toLowerCase()));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static GreenMail start() {
        GreenMail mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points spring.mail.* at the server (started with the first test context). */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("shipgate-test-mail",
                    Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", PORT,
                            // and the SMS channel's webhook provider to the WireMock server (a test stubs SMS_PATH)
                            "shipgate.notifications.sms.webhook-url", CarrierMocks.baseUrl() + SMS_PATH)));
        }
    }
}
