package org.maillage.diagnostics.territories.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.maillage.territory.TerritoryKey;
import org.maillage.territory.TerritoryLevel;

/** A French territory as stored in this service; rows are written only by the reference loader. */
@Entity
@Immutable
@Table(name = "territory")
public class Territory {

    /** Codes are stored as varchar(9): INSEE codes, SIREN for an EPCI. */
    public static final int MAX_CODE_LENGTH = 9;
    /**
     * Longest name the contract admits. The longest name of the territorial reference (2024) has 59 characters
     * ("CA de la Presqu'île de Guérande Atlantique (Cap Atlantique)"); the margin absorbs renamings.
     */
    public static final int MAX_NAME_LENGTH = 100;

    @EmbeddedId
    private TerritoryId id;

    private String name;

    private long population;

    @Column(name = "epci_code")
    private String epciCode;

    @Column(name = "departement_code")
    private String departementCode;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "collectivite_outre_mer_code")
    private String collectiviteOutreMerCode;

    protected Territory() {
    }

    public String code() {
        return id.code();
    }

    public TerritoryLevel level() {
        return id.level();
    }

    public TerritoryKey key() {
        return id.key();
    }

    public String name() {
        return name;
    }

    public long population() {
        return population;
    }

    /** The territories containing this one, nearest first. */
    public List<TerritoryKey> parents() {
        List<TerritoryKey> parents = new ArrayList<>(3);
        addIfPresent(parents, TerritoryLevel.EPCI, epciCode);
        addIfPresent(parents, TerritoryLevel.DEPARTEMENT, departementCode);
        addIfPresent(parents, TerritoryLevel.REGION, regionCode);
        addIfPresent(parents, TerritoryLevel.COLLECTIVITE_OUTRE_MER, collectiviteOutreMerCode);
        return parents;
    }

    /** This territory as the shared reference describes it, for the rules written there once. */
    public org.maillage.territory.Territory asReference() {
        return new org.maillage.territory.Territory(code(), name, level(), population, parents());
    }

    private static void addIfPresent(List<TerritoryKey> parents, TerritoryLevel level, String code) {
        if (code != null) {
            parents.add(new TerritoryKey(level, code));
        }
    }
}
