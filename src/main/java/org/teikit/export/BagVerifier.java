package org.teikit.export;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.domain.Manifest;
import gov.loc.repository.bagit.exceptions.InvalidBagitFileFormatException;
import gov.loc.repository.bagit.exceptions.MaliciousPathException;
import gov.loc.repository.bagit.exceptions.UnparsableVersionException;
import gov.loc.repository.bagit.exceptions.UnsupportedAlgorithmException;
import gov.loc.repository.bagit.hash.Hasher;
import gov.loc.repository.bagit.reader.BagReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.teikit.diag.Diagnostic;
import org.teikit.diag.Severity;
import org.teikit.model.SourcePosition;

/**
 * Checks a BagIt bag as RFC 8493 defines validity: every file a manifest lists is there with that
 * checksum, every payload file is in every payload manifest, the tag manifests hold, and the
 * Payload-Oxum matches. Unlike bagit's own verifier, which stops at the first problem, it names
 * every bad, missing and extra file. The bag's files are read by gov.loc:bagit's reader.
 * Thread-safe (no state).
 */
public final class BagVerifier {
    public static final String NOT_A_BAG = "BAG-001";
    public static final String MISSING = "BAG-002";
    public static final String CHECKSUM = "BAG-003";
    public static final String NOT_IN_MANIFEST = "BAG-004";
    public static final String OXUM = "BAG-005";
    private static final String PAYLOAD = "manifest-";
    private static final String TAG = "tagmanifest-";

    /** @throws NoSuchFileException when {@code bag} is not a folder */
    public BagVerification verify(Path bag) throws IOException {
        if (!Files.isDirectory(bag)) {
            throw new NoSuchFileException(bag.toString(), null, "no such bag folder");
        }
        Path root = bag.toAbsolutePath().normalize();
        List<Diagnostic> problems = new ArrayList<>();
        Path data = root.resolve("data");
        Bag model;
        try {
            model = new BagReader().read(root);
        } catch (IOException | UnparsableVersionException | MaliciousPathException | UnsupportedAlgorithmException
                | InvalidBagitFileFormatException e) {
            Object where = e instanceof NoSuchFileException missing ? root.relativize(Path.of(missing.getFile())) : ".";
            problems.add(problem(bag, where, NOT_A_BAG, "not a readable bag: " + describe(e)));
            return new BagVerification(bag, 0, problems);
        }
        if (model.getPayLoadManifests().isEmpty() || !Files.isDirectory(data)) {
            problems.add(problem(bag, ".", NOT_A_BAG, "not a complete bag: it needs a payload manifest and a data folder"));
            return new BagVerification(bag, 0, problems);
        }
        long checked = checkManifests(bag, root, PAYLOAD, model.getPayLoadManifests(), problems);
        checkAllListed(bag, root, data, model.getPayLoadManifests(), problems);
        checked += checkManifests(bag, root, TAG, model.getTagManifests(), problems);
        checkOxum(bag, data, model.getMetadata().get("Payload-Oxum"), problems);
        return new BagVerification(bag, checked, problems);
    }

    /** Each listed file exists and has its checksum; returns how many were checked. */
    private static long checkManifests(Path bag, Path root, String kind, Iterable<Manifest> manifests,
            List<Diagnostic> problems) throws IOException {
        TreeSet<Path> missing = new TreeSet<>();
        long checked = 0;
        for (Manifest manifest : sorted(manifests)) {
            String name = manifestName(kind, manifest);
            MessageDigest digest = digest(manifest);
            for (Map.Entry<Path, String> entry : new TreeMap<>(manifest.getFileToChecksumMap()).entrySet()) {
                Path file = entry.getKey();
                if (!Files.isRegularFile(file)) {
                    if (missing.add(file)) {
                        problems.add(problem(bag, root.relativize(file), MISSING, "missing: listed in " + name
                                + " but not in the bag"));
                    }
                    continue;
                }
                String actual = Hasher.hash(file, digest);
                checked++;
                if (!actual.equalsIgnoreCase(entry.getValue())) {
                    problems.add(problem(bag, root.relativize(file), CHECKSUM, "changed: its " + manifest.getAlgorithm()
                            .getBagitName() + " is " + actual + ", " + name + " says " + entry.getValue()));
                }
            }
        }
        return checked;
    }

    /** Every payload file is in every payload manifest. */
    private static void checkAllListed(Path bag, Path root, Path data, Iterable<Manifest> manifests, List<Diagnostic> problems)
            throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            List<String> without = new ArrayList<>();
            for (Manifest manifest : sorted(manifests)) {
                if (!manifest.getFileToChecksumMap().containsKey(file)) {
                    without.add(manifestName(PAYLOAD, manifest));
                }
            }
            if (!without.isEmpty()) {
                problems.add(problem(bag, root.relativize(file), NOT_IN_MANIFEST, "extra: a payload file not in "
                        + String.join(" or ", without)));
            }
        }
    }

    private static void checkOxum(Path bag, Path data, List<String> declared, List<Diagnostic> problems) throws IOException {
        if (declared.isEmpty()) {
            return;
        }
        long[] measured = new long[2];
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                measured[0] += Files.size(file);
                measured[1]++;
            }
        }
        String actual = measured[0] + "." + measured[1];
        if (!actual.equals(declared.get(0).strip())) {
            problems.add(problem(bag, "bag-info.txt", OXUM, "Payload-Oxum is " + declared.get(0).strip()
                    + " but the payload holds " + measured[1] + " files of " + measured[0] + " bytes (" + actual + ")"));
        }
    }

    private static List<Manifest> sorted(Iterable<Manifest> manifests) {
        List<Manifest> list = new ArrayList<>();
        manifests.forEach(list::add);
        list.sort(Comparator.comparing(manifest -> manifest.getAlgorithm().getBagitName()));
        return list;
    }

    /** {@code manifest-sha256.txt}, {@code tagmanifest-sha256.txt}: as the bag names the file. */
    private static String manifestName(String kind, Manifest manifest) {
        return kind + manifest.getAlgorithm().getBagitName() + ".txt";
    }

    private static MessageDigest digest(Manifest manifest) {
        try {
            return MessageDigest.getInstance(manifest.getAlgorithm().getMessageDigestName());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no " + manifest.getAlgorithm().getMessageDigestName() + " in this Java", e);
        }
    }

    private static String describe(Exception e) {
        return e instanceof NoSuchFileException missing ? Path.of(missing.getFile()).getFileName() + " is missing" : e.getMessage();
    }

    private static Diagnostic problem(Path bag, Object relative, String code, String message) {
        String path = relative.toString().replace('\\', '/');
        return new Diagnostic(code, Severity.ERROR, message, SourcePosition.of(bag.resolve(path).normalize().toString()));
    }
}
