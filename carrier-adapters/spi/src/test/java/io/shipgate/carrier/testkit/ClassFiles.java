package io.shipgate.carrier.testkit;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Reads an adapter's compiled classes: which classes a package holds, and the names each class file refers to. */
final class ClassFiles {

    private ClassFiles() {
    }

    /** Internal names ({@code io/shipgate/carrier/ups/rate/UpsRateMapper}) of every class in the package and below. */
    static Set<String> classesUnder(ClassLoader loader, String packageName) {
        String path = packageName.replace('.', '/');
        Set<String> names = new TreeSet<>();
        try {
            for (URL url : Collections.list(loader.getResources(path))) {
                if ("file".equals(url.getProtocol())) {
                    Path root = Path.of(url.toURI());
                    try (Stream<Path> files = Files.walk(root)) {
                        files.filter(f -> f.toString().endsWith(".class")).forEach(f -> names.add(path + "/"
                                + root.relativize(f).toString().replace('\\', '/').replaceAll("\\.class$", "")));
                    }
                } else if ("jar".equals(url.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        Enumeration<JarEntry> entries = jar.entries();
                        while (entries.hasMoreElements()) {
                            String name = entries.nextElement().getName();
                            if (name.startsWith(path + "/") && name.endsWith(".class")) {
                                names.add(name.substring(0, name.length() - ".class".length()));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    /** Every UTF-8 constant of a class file: class names, descriptors, strings. */
    static List<String> constants(ClassLoader loader, String internalName) {
        try (InputStream raw = loader.getResourceAsStream(internalName + ".class")) {
            if (raw == null) {
                throw new IllegalStateException("no class file for " + internalName);
            }
            DataInputStream in = new DataInputStream(raw);
            in.readInt(); // magic
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            List<String> utf8 = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8.add(in.readUTF());
                    case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++; // longs and doubles take two slots
                    }
                    default -> throw new IllegalStateException("unknown constant pool tag " + tag + " in " + internalName);
                }
            }
            return utf8;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a class file names the class (or a class of the package prefix when it ends with '/'). */
    static boolean refersTo(List<String> constants, String internalNameOrPrefix) {
        boolean prefix = internalNameOrPrefix.endsWith("/");
        for (String c : constants) {
            if (prefix ? c.startsWith(internalNameOrPrefix) || c.contains("L" + internalNameOrPrefix)
                    : c.equals(internalNameOrPrefix) || c.contains("L" + internalNameOrPrefix + ";")
                    || c.contains("L" + internalNameOrPrefix + "<") || c.equals("[L" + internalNameOrPrefix + ";")) {
                return true;
            }
        }
        return false;
    }

    static Set<String> directSubpackages(Set<String> classes, String packagePath) {
        Set<String> subs = new HashSet<>();
        for (String c : classes) {
            String rest = c.substring(packagePath.length() + 1);
            int slash = rest.indexOf('/');
            if (slash > 0) {
                subs.add(rest.substring(0, slash));
            }
        }
        return subs;
    }
}
