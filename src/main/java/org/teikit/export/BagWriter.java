package org.teikit.export;

import gov.loc.repository.bagit.domain.Manifest;
import gov.loc.repository.bagit.domain.Metadata;
import gov.loc.repository.bagit.domain.Version;
import gov.loc.repository.bagit.hash.Hasher;
import gov.loc.repository.bagit.hash.StandardSupportedAlgorithms;
import gov.loc.repository.bagit.hash.SupportedAlgorithm;
import gov.loc.repository.bagit.util.PathUtils;
import gov.loc.repository.bagit.writer.BagitFileWriter;
import gov.loc.repository.bagit.writer.ManifestWriter;
import gov.loc.repository.bagit.writer.MetadataWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.teikit.Toolkit;
import org.teikit.io.AtomicFiles;
import org.teikit.io.AtomicFolders;
import org.teikit.io.FolderZip;
import org.teikit.io.OutputExistsException;

/**
 * Writes a BagIt 1.0 bag (RFC 8493) of a build output or a plain folder of TEI files. The payload
 * keeps the build layout under {@code data/}: {@code tei/}, {@code html/}, {@code text/},
 * {@code pdf/}, {@code dc/}, {@code letters.cmif.xml}, and {@code mets/} made anew from the
 * payload itself (a plain folder's files go to {@code data/tei/}). Manifests list files in sorted
 * order and bag-info.txt holds no clock time, so the same folder gives the same bytes.
 *
 * <p>The bag is built in a hidden folder beside the target and renamed into place: a run that is
 * stopped leaves the old bag or none, never half of one. Thread-safe (no state of its own).
 */
public final class BagWriter {
    static final Version BAGIT_VERSION = new Version(1, 0);
    private static final String DATA = "data";

    private final MetsExporter mets;

    public BagWriter(MetsExporter mets) {
        this.mets = mets;
    }

    /**
     * @param folder a build output ({@link BuildLayout}) or a folder of TEI files
     * @param bag    the bag folder; with {@code options.zip()} the zip is {@code bag} + ".zip"
     * @throws OutputExistsException    when the bag exists and {@code options.force()} is false
     * @throws NoSuchFileException      when the folder holds no TEI document
     * @throws IllegalArgumentException when a TEI file is not TEI
     */
    public BagResult write(Path folder, Path bag, BagOptions options) throws IOException {
        BuildLayout source = new BuildLayout(folder);
        List<DocumentFiles> documents = source.documents();
        if (documents.isEmpty()) {
            throw new NoSuchFileException(folder.toString(), null, "no TEI documents to bag");
        }
        Path target = options.zip() ? zipOf(bag) : bag;
        if (!options.force() && Files.exists(target)) {
            throw new OutputExistsException(target);
        }
        Path work = AtomicFolders.temporaryBeside(target);
        try {
            Path root = work.resolve(bag.toAbsolutePath().normalize().getFileName());
            Path data = root.resolve(DATA);
            Set<Path> carried = copyPayload(source, documents, data);
            BuildLayout payload = new BuildLayout(data);
            List<MetsRecord> records = new ArrayList<>();
            for (DocumentFiles document : payload.documents()) {
                records.add(mets.export(document, payload.metsFolder(), new MetsOptions(options.sourceDate(), false)));
            }
            Optional<LocalDate> baggingDate = baggingDate(options.sourceDate(), records);
            String oxum = PathUtils.generatePayloadOxum(data);
            writeTagFiles(root, algorithms(options), bagInfo(records, documents.size(), oxum, baggingDate, options.info()));
            if (options.zip()) {
                AtomicFiles.write(target, options.force(), out -> FolderZip.write(root, out,
                        baggingDate.orElse(FolderZip.EARLIEST.toLocalDate()).atStartOfDay()));
            } else {
                AtomicFolders.replace(root, target, options.force());
            }
            String[] sizeAndCount = oxum.split("\\.");
            return new BagResult(target, documents.size(), Long.parseLong(sizeAndCount[1]),
                    Long.parseLong(sizeAndCount[0]), leftOut(folder, carried, target, work));
        } finally {
            AtomicFolders.deleteTree(work);
        }
    }

    /** {@code BAGDIR.zip} beside {@code BAGDIR}. */
    public static Path zipOf(Path bag) {
        return bag.resolveSibling(bag.getFileName() + ".zip");
    }

    /** Copies what the bag carries into {@code data/}; returns the source files copied. */
    private static Set<Path> copyPayload(BuildLayout source, List<DocumentFiles> documents, Path data) throws IOException {
        Set<Path> carried = new HashSet<>();
        if (source.isBuildOutput()) {
            for (String part : BuildLayout.CARRIED_PARTS) {
                Path from = source.root().resolve(part);
                if (Files.exists(from)) {
                    for (Path file : regularFiles(from)) {
                        copy(file, data.resolve(source.root().relativize(file)));
                        carried.add(file.toAbsolutePath().normalize());
                    }
                }
            }
        } else {
            Path tei = data.resolve(FileKind.TEI.folder());
            for (DocumentFiles document : documents) {
                copy(document.tei(), tei.resolve(document.name() + FileKind.TEI.extension()));
                carried.add(document.tei().toAbsolutePath().normalize());
            }
        }
        return carried;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    /** The regular files at or below a path, sorted. */
    private static List<Path> regularFiles(Path start) throws IOException {
        try (Stream<Path> walk = Files.walk(start)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * Files of the input the bag does not carry, so that the caller can say so: hidden files, the
     * bag itself and the METS made anew are not counted.
     */
    private static List<Path> leftOut(Path folder, Set<Path> carried, Path target, Path work) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Path bag = target.toAbsolutePath().normalize();
        Path mets = root.resolve(BuildLayout.METS_FOLDER);
        boolean build = new BuildLayout(root).isBuildOutput();
        List<Path> left = new ArrayList<>();
        for (Path file : regularFiles(root)) {
            Path relative = root.relativize(file);
            boolean hidden = false;
            for (Path segment : relative) {
                hidden |= segment.toString().startsWith(".");
            }
            if (!hidden && !carried.contains(file) && !file.startsWith(bag) && !file.startsWith(work)
                    && !(build && file.startsWith(mets))) {
                left.add(relative);
            }
        }
        return left;
    }

    private static Set<SupportedAlgorithm> algorithms(BagOptions options) {
        Set<SupportedAlgorithm> algorithms = new LinkedHashSet<>();
        algorithms.add(StandardSupportedAlgorithms.SHA256);
        if (options.sha512()) {
            algorithms.add(StandardSupportedAlgorithms.SHA512);
        }
        return algorithms;
    }

    /** SOURCE_DATE_EPOCH's day when given, else the newest CREATEDATE of the METS (the documents' own dates). */
    private static Optional<LocalDate> baggingDate(Instant sourceDate, List<MetsRecord> records) {
        Optional<Instant> when = sourceDate != null ? Optional.of(sourceDate)
                : records.stream().flatMap(r -> r.createDate().stream()).max(Instant::compareTo);
        return when.map(instant -> instant.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /** bag-info.txt: what the documents say about their collection, what the payload measures, then the caller's fields. */
    private static Metadata bagInfo(List<MetsRecord> records, int documents, String oxum, Optional<LocalDate> baggingDate,
            Map<String, String> given) {
        Set<String> publishers = new TreeSet<>();
        Set<String> collections = new TreeSet<>();
        for (MetsRecord record : records) {
            publishers.addAll(record.publishers());
            collections.addAll(record.collections());
        }
        Metadata info = new Metadata();
        publishers.forEach(p -> info.add("Source-Organization", p));
        info.add("External-Description", documents + (documents == 1 ? " TEI P5 document" : " TEI P5 documents")
                + " with their renderings and METS records" + (collections.isEmpty() ? "" : ": " + String.join("; ", collections)));
        baggingDate.ifPresent(date -> info.add("Bagging-Date", date.toString()));
        info.add("Bag-Software-Agent", "teikit " + Toolkit.version());
        info.add("Payload-Oxum", oxum);
        info.add("Bag-Size", humanSize(Long.parseLong(oxum.substring(0, oxum.indexOf('.')))));
        info.add("Bag-Count", "1 of 1");
        given.forEach((label, value) -> {
            info.remove(label);
            info.add(label, value);
        });
        return info;
    }

    static String humanSize(long bytes) {
        String[] units = {"bytes", "KB", "MB", "GB", "TB"};
        double size = bytes;
        int unit = 0;
        while (size >= 1000 && unit < units.length - 1) {
            size /= 1000;
            unit++;
        }
        return unit == 0 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f %s", size, units[unit]);
    }

    /** bagit.txt, the payload manifests, bag-info.txt, then the tag manifests over them. */
    private static void writeTagFiles(Path root, Set<SupportedAlgorithm> algorithms, Metadata info) throws IOException {
        BagitFileWriter.writeBagitFile(BAGIT_VERSION, StandardCharsets.UTF_8, root);
        ManifestWriter.writePayloadManifests(manifests(regularFiles(root.resolve(DATA)), algorithms), root, root,
                StandardCharsets.UTF_8);
        MetadataWriter.writeBagMetadata(info, BAGIT_VERSION, root, StandardCharsets.UTF_8);
        List<Path> tagFiles = new ArrayList<>();
        try (Stream<Path> top = Files.list(root)) {
            top.filter(Files::isRegularFile).sorted().forEach(tagFiles::add);
        }
        ManifestWriter.writeTagManifests(manifests(tagFiles, algorithms), root, root, StandardCharsets.UTF_8);
    }

    /** One manifest per algorithm, its lines sorted by path (bagit's own maps would list them in hash order). */
    private static Set<Manifest> manifests(List<Path> files, Set<SupportedAlgorithm> algorithms) throws IOException {
        // by identity: a Manifest's hash code changes as its lines are added
        Map<Manifest, MessageDigest> digests = new IdentityHashMap<>();
        for (SupportedAlgorithm algorithm : algorithms) {
            Manifest manifest = new Manifest(algorithm);
            manifest.setFileToChecksumMap(new TreeMap<>());
            try {
                digests.put(manifest, MessageDigest.getInstance(algorithm.getMessageDigestName()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256 and SHA-512", e);
            }
        }
        for (Path file : files) {
            Hasher.hash(file, digests);
        }
        return digests.keySet();
    }
}
