package org.partnership.outcomes.launch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.partnership.outcomes.ingest.InputFiles;

/**
 * The SHA-256 of every input file and one over the configuration and all of them (name and
 * content): changed inputs are a new run. Hashing a large input takes seconds, so it starts on
 * threads of its own before Spring does, and is waited for only when the job needs it.
 */
public final class InputFingerprint {

    private final Path configFile;
    private final List<String> names;
    private final List<CompletableFuture<String>> digests;

    private InputFingerprint(Path configFile, List<String> names, List<CompletableFuture<String>> digests) {
        this.configFile = configFile;
        this.names = names;
        this.digests = digests;
    }

    /** Starts hashing every input file, one per core at a time. */
    static InputFingerprint start(Path configFile, InputFiles files) {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "input-hashing");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return new InputFingerprint(configFile, files.files().stream().map(file -> file.name()).toList(),
                    files.files().stream()
                            .map(file -> CompletableFuture.supplyAsync(() -> InputFiles.sha256(file.path()), pool))
                            .toList());
        } finally {
            pool.shutdown(); // the hashes already asked for are still computed
        }
    }

    /** SHA-256 of every input file, by name, in file order; waits for them. */
    Map<String, String> fileHashes() {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            try {
                hashes.put(names.get(i), digests.get(i).join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        return hashes;
    }

    /** One SHA-256 over the configuration and every file's hash; waits for them. */
    String fingerprint() {
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put("config", InputFiles.sha256(configFile));
        hashes.putAll(fileHashes());
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            hashes.forEach((name, hash) -> digest.update((name + "=" + hash + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
