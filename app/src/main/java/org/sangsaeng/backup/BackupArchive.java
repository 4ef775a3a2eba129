package org.sangsaeng.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One backup, one zip file: the files of a folder plus {@code manifest.json} with each file's size
 * and SHA-256. Zip keeps its table of entries at the end, so a file cut short does not open at all;
 * the checksums find a changed entry. The file appears under its name only once complete.
 */
public final class BackupArchive {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private BackupArchive() {}

    /**
     * Writes every file below {@code folder} and the manifest (with their checksums) to {@code
     * archive}.
     */
    public static BackupManifest write(Path archive, Path folder, BackupManifest manifest) {
        Path part = archive.resolveSibling(archive.getFileName() + ".part");
        List<BackupManifest.Entry> entries = new ArrayList<>();
        ownerOnly(part);
        try (OutputStream file = Files.newOutputStream(part);
                ZipOutputStream zip = new ZipOutputStream(file);
                Stream<Path> walk = Files.walk(folder)) {
            // Fast compression: the broker's log segments are mostly preallocated zeros.
            zip.setLevel(Deflater.BEST_SPEED);
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(path).toString().replace('\\', '/');
                zip.putNextEntry(new ZipEntry(name));
                MessageDigest sha = sha256();
                try (InputStream in = new DigestInputStream(Files.newInputStream(path), sha)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
                entries.add(
                        new BackupManifest.Entry(
                                name, Files.size(path), HexFormat.of().formatHex(sha.digest())));
            }
            BackupManifest complete = manifest.withEntries(List.copyOf(entries));
            zip.putNextEntry(new ZipEntry(BackupManifest.NAME));
            zip.write(JSON.writeValueAsBytes(complete));
            zip.closeEntry();
            zip.finish();
            file.flush();
            Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE);
            return complete;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the backup " + archive, e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // a left-over .part file is never taken for a backup
            }
        }
    }

    /**
     * Reads the manifest and checks every entry against it: present, same size, same SHA-256, and
     * nothing the manifest does not list. Refuses a file cut short, changed or not a backup.
     */
    public static BackupManifest verify(Path archive) {
        if (!Files.isRegularFile(archive)) {
            throw new BackupRefused("No backup file at " + archive);
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(BackupManifest.NAME);
            if (manifestEntry == null) {
                throw new BackupRefused(
                        archive + " is not a Sangsaeng backup: it has no " + BackupManifest.NAME);
            }
            BackupManifest manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest = JSON.readValue(in, BackupManifest.class);
            } catch (JacksonException e) {
                throw new BackupRefused(
                        archive
                                + " is damaged: its "
                                + BackupManifest.NAME
                                + " cannot be read ("
                                + e.getOriginalMessage()
                                + ")");
            }
            if (manifest.format() != BackupManifest.FORMAT || manifest.entries() == null) {
                throw new BackupRefused(
                        archive
                                + " has a manifest of format "
                                + manifest.format()
                                + "; this version reads format "
                                + BackupManifest.FORMAT);
            }
            Set<String> listed = new HashSet<>();
            for (BackupManifest.Entry entry : manifest.entries()) {
                safeName(entry.name());
                listed.add(entry.name());
                ZipEntry zipEntry = zip.getEntry(entry.name());
                if (zipEntry == null) {
                    throw new BackupRefused(
                            archive + " is damaged: " + entry.name() + " is missing");
                }
                MessageDigest sha = sha256();
                long size;
                try (InputStream in = new DigestInputStream(zip.getInputStream(zipEntry), sha)) {
                    size = in.transferTo(OutputStream.nullOutputStream());
                } catch (ZipException e) {
                    throw new BackupRefused(
                            archive
                                    + " is damaged: "
                                    + entry.name()
                                    + " cannot be read ("
                                    + e.getMessage()
                                    + ")");
                }
                String actual = HexFormat.of().formatHex(sha.digest());
                if (size != entry.size() || !actual.equals(entry.sha256())) {
                    throw new BackupRefused(
                            archive
                                    + " is damaged: "
                                    + entry.name()
                                    + " does not match its checksum"
                                    + " (SHA-256 "
                                    + actual
                                    + ", "
                                    + size
                                    + " bytes; the manifest says "
                                    + entry.sha256()
                                    + ", "
                                    + entry.size()
                                    + " bytes)");
                }
            }
            var names = zip.entries();
            while (names.hasMoreElements()) {
                String name = names.nextElement().getName();
                if (!name.equals(BackupManifest.NAME) && !listed.contains(name)) {
                    throw new BackupRefused(
                            archive
                                    + " is damaged: it holds "
                                    + name
                                    + ", which its manifest does not list");
                }
            }
            return manifest;
        } catch (ZipException e) {
            throw new BackupRefused(
                    archive + " is truncated or not a backup (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new BackupRefused("Could not read " + archive + ": " + e.getMessage(), e);
        }
    }

    /** Writes the entries of a verified archive below {@code folder}. */
    static void unpack(Path archive, BackupManifest manifest, Path folder) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (BackupManifest.Entry entry : manifest.entries()) {
                Path target = folder.resolve(safeName(entry.name())).normalize();
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(zip.getEntry(entry.name()))) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + archive, e);
        }
    }

    private static String safeName(String name) {
        if (name.isBlank()
                || name.startsWith("/")
                || name.contains("\\")
                || Path.of(name).normalize().startsWith("..")
                || List.of(name.split("/")).contains("..")) {
            throw new BackupRefused("The backup names an entry outside its folder: " + name);
        }
        return name;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The archive holds every password hash, personal data and the audit exporter's signing key: it
     * is made readable by its owner only (on a file system that has POSIX permissions), as {@code
     * data/backup.token} and {@code data/demo-password.txt} are.
     */
    private static void ownerOnly(Path part) {
        try {
            Files.deleteIfExists(part);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        part,
                        PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rw-------")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + part, e);
        }
    }
}
