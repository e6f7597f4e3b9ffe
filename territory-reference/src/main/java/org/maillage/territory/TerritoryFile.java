package org.maillage.territory;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the gzipped TSV written by src/build/extract-territories.mjs. */
final class TerritoryFile {

    private static final String HEADER = "level\tcode\tname\tpopulation\tepci\tdepartement\tregion\tcollectivite_outre_mer";
    /** Levels of the parent columns, in column order, which is nearest first. */
    private static final TerritoryLevel[] PARENT_COLUMNS = {
        TerritoryLevel.EPCI, TerritoryLevel.DEPARTEMENT, TerritoryLevel.REGION, TerritoryLevel.COLLECTIVITE_OUTRE_MER
    };
    private static final int FIRST_PARENT_COLUMN = 4;

    private final List<Territory> territories;
    private final String checksum;

    private TerritoryFile(List<Territory> territories, String checksum) {
        this.territories = territories;
        this.checksum = checksum;
    }

    static TerritoryFile read(InputStream gzipped) {
        try {
            byte[] bytes = gzipped.readAllBytes();
            return new TerritoryFile(parse(bytes), sha256(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the territory file", e);
        }
    }

    List<Territory> territories() {
        return territories;
    }

    /** SHA-256 of the file as shipped, in hex: changes whenever the data does. */
    String checksum() {
        return checksum;
    }

    private static List<Territory> parse(byte[] gzipped) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(gzipped)), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (!HEADER.equals(header)) {
                throw new IllegalStateException("unexpected territory file header: " + header);
            }
            List<Territory> territories = new ArrayList<>(40_000);
            String line;
            while ((line = reader.readLine()) != null) {
                territories.add(parseLine(line));
            }
            return territories;
        }
    }

    private static Territory parseLine(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != FIRST_PARENT_COLUMN + PARENT_COLUMNS.length) {
            throw new IllegalStateException("malformed territory line: " + line);
        }
        List<TerritoryKey> parents = new ArrayList<>(PARENT_COLUMNS.length);
        for (int i = 0; i < PARENT_COLUMNS.length; i++) {
            String parentCode = fields[FIRST_PARENT_COLUMN + i];
            if (!parentCode.isEmpty()) {
                parents.add(new TerritoryKey(PARENT_COLUMNS[i], parentCode));
            }
        }
        return new Territory(fields[1], fields[2], TerritoryLevel.valueOf(fields[0]), Long.parseLong(fields[3]), parents);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
