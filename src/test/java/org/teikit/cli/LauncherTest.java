package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code teikit} launcher's choice of JVM options, run on a copy of it beside an empty jar and a
 * {@code java} that only writes down its arguments: the JIT options it sets by default must give way
 * when {@code TEIKIT_JAVA_OPTS} chooses the JIT, or the JVM refuses to start ("CICompilerCount (1)
 * must be at least 2" under the optimising compiler).
 */
class LauncherTest {
    @TempDir
    Path dir;
    private Path calls;

    @BeforeEach
    void fakeJava() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script");
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.copy(Path.of("teikit"), home.resolve("teikit"));
        Files.createDirectories(home.resolve("target"));
        Files.createFile(home.resolve("target/teikit.jar"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        calls = dir.resolve("calls");
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/bash\necho \"$*\" >> '" + calls + "'\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void quickJitOnOneThreadByDefault() throws Exception {
        String run = lastJavaCall("");
        assertTrue(run.contains("-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1"), run);
        assertTrue(run.endsWith("-jar " + dir.resolve("home/target/teikit.jar") + " --version"), run);
    }

    @Test
    void userChoiceOfJitReplacesTheLaunchersOwn() throws Exception {
        for (String chosen : List.of("-XX:TieredStopAtLevel=4", "-Xmx2g -XX:CICompilerCount=3", "-XX:-TieredCompilation")) {
            String run = lastJavaCall(chosen);
            assertFalse(run.contains("CICompilerCount=1"), run);
            assertFalse(run.contains("TieredStopAtLevel=1"), run);
            assertTrue(run.contains(chosen), run);
        }
    }

    @Test
    void otherUserOptionsKeepTheQuickJit() throws Exception {
        String run = lastJavaCall("-Xmx2g");
        assertTrue(run.contains("-XX:CICompilerCount=1"), run);
        assertTrue(run.indexOf("-Xmx2g") > run.indexOf("-XX:+UseSerialGC"), "the user's options come later and win: " + run);
    }

    /** Runs the launcher copy and returns the arguments of its last {@code java} call, the run itself. */
    private String lastJavaCall(String userOptions) throws Exception {
        Files.deleteIfExists(calls);
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", dir.resolve("home/teikit").toString(), "--version")
                .redirectErrorStream(true);
        builder.environment().put("PATH", dir.resolve("bin") + ":/usr/bin:/bin");
        builder.environment().put("TEIKIT_JAVA_OPTS", userOptions);
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        List<String> lines = Files.readAllLines(calls);
        return lines.get(lines.size() - 1);
    }
}
