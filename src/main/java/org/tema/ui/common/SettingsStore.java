package org.tema.ui.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.nio.file.StandardCopyOption;

/** Reads and writes {@code settings.json} in the user's configuration folder (written to a temporary file, then moved). */
public final class SettingsStore {
    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** {@code tema.config.dir} if set, else {@code $XDG_CONFIG_HOME/tema}, {@code %APPDATA%\Tema} or {@code ~/.config/tema}. */
    public static SettingsStore inUserConfigDir() {
        String override = System.getProperty("tema.config.dir");
        if (override != null) {
            return new SettingsStore(Path.of(override, "settings.json"));
        }
        String appData = System.getenv("APPDATA");
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path dir = appData != null ? Path.of(appData, "Tema")
                : xdg != null ? Path.of(xdg, "tema") : Path.of(System.getProperty("user.home"), ".config", "tema");
        return new SettingsStore(dir.resolve("settings.json"));
    }

    public Path file() {
        return file;
    }

    /**
     * The stored settings, or the defaults when there are none or the file cannot be read. An
     * unreadable file is moved aside to {@link #brokenFile()} (and logged), so the next save does not
     * destroy what the user may want to mend by hand.
     */
    public SettingsJson load() {
        if (!Files.exists(file)) {
            return SettingsJson.DEFAULTS;
        }
        try {
            SettingsJson json = mapper.readValue(file.toFile(), SettingsJson.class);
            if (json == null) {
                throw new IOException("the file holds no settings");
            }
            return json;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not read the settings in " + file + "; using the defaults", e);
            setAside();
            return SettingsJson.DEFAULTS;
        }
    }

    /** Where an unreadable settings file is kept: {@code settings.json.broken} beside it. */
    public Path brokenFile() {
        return file.resolveSibling(file.getFileName() + ".broken");
    }

    private void setAside() {
        try {
            Files.move(file, brokenFile(), StandardCopyOption.REPLACE_EXISTING);
            LOG.warning("The unreadable settings were kept in " + brokenFile());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not keep the unreadable settings aside in " + brokenFile(), e);
        }
    }

    public void save(SettingsJson settings) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try {
                mapper.writeValue(temp.toFile(), settings);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the settings in " + file, e);
        }
    }
}
