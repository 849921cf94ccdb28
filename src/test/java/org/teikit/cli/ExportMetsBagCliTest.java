package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Toolkit;
import org.teikit.export.BuildFixture;

/** {@code teikit export mets} and {@code export bag} end to end: outputs, messages, exit codes. */
class ExportMetsBagCliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TeikitCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void metsOfABuildOutput(@TempDir Path dir) throws Exception {
        Path build = dir.resolve("out");
        BuildFixture.write(build, new Toolkit(), List.of("01-telegram-dateline-time", "02-letter-salutation-close"), false);
        String mets = build.resolve("mets").toString();
        assertEquals(0, run("export", "mets", build.toString(), "-o", mets), err.toString());
        assertTrue(err.toString().contains("wrote 2 of 2 METS files"), err.toString());
        assertTrue(Files.readString(build.resolve("mets/sub/02-letter-salutation-close.mets.xml"))
                .contains("xlink:href=\"../../html/sub/02-letter-salutation-close.html\""));
        assertEquals(3, run("export", "mets", build.toString(), "-o", mets), "kept without --force");
        assertEquals(0, run("export", "mets", build.toString(), "-o", mets, "--force"));
        assertEquals(3, run("export", "mets", dir.resolve("nowhere").toString(), "-o", mets));
        assertEquals(2, run("export", "mets", build.toString()), "-o is required");
    }

    @Test
    void bagWrittenVerifiedAndBroken(@TempDir Path dir) throws Exception {
        Path build = dir.resolve("out");
        BuildFixture.write(build, new Toolkit(), List.of("02-letter-salutation-close"), false);
        Path bag = build.resolve("bag");
        assertEquals(0, run("export", "bag", build.toString(), "-o", bag.toString(), "--info", "Contact-Name=A. Editor"),
                err.toString());
        assertTrue(err.toString().contains("bagged 1 documents"), err.toString());
        assertFalse(err.toString().contains("not in the bag"), "a bag inside its build output does not count itself");
        assertEquals(0, run("export", "bag", "--verify", bag.toString()), out.toString());
        assertTrue(out.toString().contains("valid bag"), out.toString());
        assertEquals(3, run("export", "bag", build.toString(), "-o", bag.toString()), "kept without --force");

        Files.writeString(bag.resolve("data/text/02-letter-salutation-close.txt"), "changed");
        assertEquals(1, run("export", "bag", "--verify", bag.toString()));
        assertTrue(out.toString().contains("data/text/02-letter-salutation-close.txt: error: [BAG-003]"), out.toString());

        assertEquals(0, run("export", "bag", build.toString(), "-o", dir.resolve("edition").toString(), "--zip", "--sha512"));
        assertTrue(Files.isRegularFile(dir.resolve("edition.zip")));
        assertFalse(Files.exists(dir.resolve("edition")), "--zip writes the zip instead of the folder");
    }

    @Test
    void bagUsage(@TempDir Path dir) {
        assertEquals(2, run("export", "bag", dir.toString()), "FOLDER needs -o");
        assertEquals(2, run("export", "bag", dir.toString(), "--verify", dir.toString()));
        assertEquals(2, run("export", "bag", dir.toString(), "-o", dir.resolve("b").toString(), "--info", "Payload-Oxum=1.1"));
        assertEquals(2, run("export"), "a format is required");
        assertEquals(3, run("export", "bag", "--verify", dir.resolve("none").toString()));
    }
}
