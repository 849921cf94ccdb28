package org.teikit.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips a folder reproducibly: the same files give the same bytes. Entries are sorted by path,
 * carry one given time (stored as local date and time, so the machine's time zone never enters)
 * and no other file attributes; the archive unpacks to one folder of the folder's name.
 */
public final class FolderZip {
    /** The earliest time a zip entry can hold. */
    public static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);

    private FolderZip() {
    }

    /** @param time the time of every entry (clamped to {@link #EARLIEST}) */
    public static void write(Path folder, OutputStream out, LocalDateTime time) throws IOException {
        LocalDateTime entryTime = time.isBefore(EARLIEST) ? EARLIEST : time;
        String top = folder.getFileName().toString();
        SortedMap<String, Path> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.forEach(p -> entries.put(entryName(top, folder.relativize(p), Files.isDirectory(p)), p));
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, Path> entry : entries.entrySet()) {
            zip.putNextEntry(entry(entry.getKey(), entryTime));
            if (!entry.getKey().endsWith("/")) {
                Files.copy(entry.getValue(), zip);
            }
            zip.closeEntry();
        }
        zip.finish();
    }

    /** {@code top/a/b.xml}, a folder with a slash at the end; the folder itself is {@code top/}. */
    private static String entryName(String top, Path relative, boolean directory) {
        String path = relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
        String name = path.isEmpty() ? top : top + "/" + path;
        return directory ? name + "/" : name;
    }

    private static ZipEntry entry(String name, LocalDateTime time) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        return entry;
    }
}
