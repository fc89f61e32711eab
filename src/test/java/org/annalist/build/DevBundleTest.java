package org.annalist.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dependency.NpmPackage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The committed development bundle ({@code src/main/bundles/dev.bundle}) is the one Vaadin would build from today's
 * frontend: same TypeScript sources, same npm packages. Otherwise development mode rebuilds it at every first start (a
 * minute or two) and everyone pays for it. When this fails: start the app once ({@code ./annalist run}: Vaadin
 * rebuilds the bundle), then {@code ./annalist dev-bundle}, and commit {@code src/main/bundles/dev.bundle}.
 */
class DevBundleTest {

    private static final Path BUNDLE = Path.of("src", "main", "bundles", "dev.bundle");
    private static final Path FRONTEND = Path.of("frontend");
    private static final String HOW = "the development bundle is out of date: run ./annalist run once, then"
            + " ./annalist dev-bundle, and commit src/main/bundles/dev.bundle";

    private static final Map<String, byte[]> entries = new HashMap<>();
    private static JsonNode stats;

    @BeforeAll
    static void readBundle() throws IOException {
        assertThat(BUNDLE).as("the committed development bundle").exists();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(BUNDLE))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().endsWith(".json") || entry.getName().endsWith(".html")) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
        }
        stats = new ObjectMapper().readTree(entries.get("config/stats.json"));
    }

    @Test
    void holdsEveryFrontendSourceAsItIsNow() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(FRONTEND)) {
            sources = files.filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(FRONTEND.resolve("generated")))
                    .filter(f -> f.toString().matches(".*\\.(ts|tsx|js|css)$"))
                    .toList();
        }
        assertThat(sources).isNotEmpty();
        for (Path source : sources) {
            String key = FRONTEND.relativize(source).toString().replace('\\', '/');
            assertThat(stats.path("frontendHashes").path(key).asString(""))
                    .as(key + ": " + HOW)
                    .isEqualTo(sha256(Files.readAllBytes(source)));
        }
    }

    @Test
    void holdsTheNpmPackagesTheComponentsAskFor() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(NpmPackage.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(NpmPackage.Container.class));
        int packages = 0;
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.annalist")) {
            for (NpmPackage npm : Class.forName(candidate.getBeanClassName()).getDeclaredAnnotationsByType(NpmPackage.class)) {
                assertThat(stats.path("packageJsonDependencies").path(npm.value()).asString(""))
                        .as(npm.value() + ": " + HOW).isEqualTo(npm.version());
                packages++;
            }
        }
        assertThat(packages).isPositive();
    }

    @Test
    void keepsNoDownloadAddress() {
        String lock = new String(entries.get("package-lock.json"), StandardCharsets.UTF_8);
        assertThat(lock).as("npm's download addresses name a registry host: run ./annalist dev-bundle")
                .doesNotContain("\"resolved\"");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
