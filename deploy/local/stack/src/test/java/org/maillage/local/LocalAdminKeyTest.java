package org.maillage.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalAdminKeyTest {

    @Test
    void keyIsCreatedOnceAndReadableByItsOwnerOnly(@TempDir Path dataDir) throws Exception {
        String first = LocalAdminKey.ensure(dataDir);
        String again = LocalAdminKey.ensure(dataDir);

        assertEquals(first, again, "kept between starts");
        assertTrue(first.startsWith("mlg_local_admin_") && first.length() > 50, first);
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(LocalAdminKey.file(dataDir))));
    }

    @Test
    void eachDataDirectoryHasItsOwnKey(@TempDir Path one, @TempDir Path other) throws Exception {
        assertNotEquals(LocalAdminKey.ensure(one), LocalAdminKey.ensure(other));
    }

    @Test
    void gatewayIsGivenTheSha256OfTheKey() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", LocalAdminKey.sha256Hex("abc"));
    }
}
