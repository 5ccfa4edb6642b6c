package org.tema.app;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Opens the {@link Offices} project before each test and closes it after. */
abstract class OfficesTest {
    @TempDir
    Path dir;
    Offices o;
    Project project;

    @BeforeEach
    void openOffices() {
        o = new Offices(dir);
        project = o.project;
    }

    @AfterEach
    void closeOffices() {
        o.close();
    }
}
