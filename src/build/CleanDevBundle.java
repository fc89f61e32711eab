import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites Vaadin's development bundle ({@code src/main/bundles/dev.bundle}, committed so that development mode starts
 * without building the frontend) without the download addresses npm writes into its lock file: no registry host name
 * goes into a committed file, and npm finds every package again from its name, version and integrity.
 *
 * <p>Run with the JDK's source launcher: {@code java src/build/CleanDevBundle.java [bundle]} (the launcher's
 * {@code ./annalist dev-bundle} does it).
 */
public class CleanDevBundle {

    /** A {@code "resolved"} member and the separator that joins it to its neighbour, first or last in its object. */
    private static final Pattern RESOLVED_BEFORE = Pattern.compile("\"resolved\"\\s*:\\s*\"[^\"]*\"\\s*,\\s*");
    private static final Pattern RESOLVED_AFTER = Pattern.compile(",\\s*\"resolved\"\\s*:\\s*\"[^\"]*\"");

    public static void main(String[] args) throws IOException {
        Path bundle = Path.of(args.length > 0 ? args[0] : "src/main/bundles/dev.bundle");
        if (!Files.isRegularFile(bundle)) {
            System.err.println("No development bundle at " + bundle + ": start the app once (./annalist run) to build it");
            System.exit(1);
        }
        Path cleaned = Files.createTempFile(bundle.toAbsolutePath().getParent(), "dev", ".bundle");
        int removed = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(bundle));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(cleaned))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                if (entry.getName().endsWith("package-lock.json")) {
                    String lock = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    String without = RESOLVED_AFTER.matcher(RESOLVED_BEFORE.matcher(lock).replaceAll("")).replaceAll("");
                    removed += count(lock) - count(without);
                    out.write(without.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.move(cleaned, bundle, StandardCopyOption.REPLACE_EXISTING);
        System.out.println(bundle + ": " + removed + " download addresses removed");
    }

    private static int count(String lock) {
        return lock.split("\"resolved\"", -1).length - 1;
    }

    private CleanDevBundle() {
    }
}
