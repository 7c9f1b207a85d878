package org.partnership.outcomes.launch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnership.outcomes.ingest.InputFile;
import org.partnership.outcomes.ingest.InputFiles;

/** One SHA-256 over the configuration and every input file (name and content): changed inputs are a new run. */
final class InputFingerprint {

    private InputFingerprint() {
    }

    /** SHA-256 of every input file, by name; files are hashed side by side, one per core. */
    static Map<String, String> fileHashes(InputFiles files) {
        List<String> digests = files.files().parallelStream().map(file -> InputFiles.sha256(file.path())).toList();
        Map<String, String> hashes = new LinkedHashMap<>();
        for (int i = 0; i < digests.size(); i++) {
            hashes.put(files.files().get(i).name(), digests.get(i));
        }
        return hashes;
    }

    static String of(Path configFile, Map<String, String> fileHashes) {
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put("config", InputFiles.sha256(configFile));
        hashes.putAll(fileHashes);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            hashes.forEach((name, hash) -> digest.update((name + "=" + hash + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
