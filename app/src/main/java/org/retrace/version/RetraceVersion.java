package org.retrace.version;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version Maven built, from a resource it fills in, so that {@code retrace --version}, the
 * window and the installers never drift from the pom.
 */
public final class RetraceVersion {
    private static final String VERSION = read();

    private RetraceVersion() {
    }

    /** This build's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return VERSION;
    }

    /** Lines that say which Retrace runs on which Java and JavaFX, for {@code --version} and bug reports. */
    public static String[] describe() {
        return new String[] {"Retrace " + VERSION,
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                    + System.getProperty("java.home") + ")",
            javaFx()};
    }

    /**
     * Where JavaFX comes from: modules, as the installers' runtime holds it and the tests load it,
     * or jars on the classpath, as {@code java -jar retrace.jar} runs it (which JavaFX warns about).
     */
    static String javaFx() {
        return ModuleLayer.boot().findModule("javafx.graphics")
                .map(module -> "JavaFX " + module.getDescriptor().rawVersion().orElse("(version unknown)")
                        + ", as modules")
                .orElse("JavaFX on the classpath");
    }

    private static String read() {
        try (InputStream in = RetraceVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
