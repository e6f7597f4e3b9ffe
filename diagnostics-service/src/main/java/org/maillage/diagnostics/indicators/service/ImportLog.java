package org.maillage.diagnostics.indicators.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.maillage.commons.problem.ResourceNotFoundException;

/** Keeps the report of every applied import, so a caller can read it again later. */
@ApplicationScoped
public class ImportLog {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public ImportLog(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ImportReport report, String format, String source) {
        entityManager.createNativeQuery("""
                        INSERT INTO observation_import (id, format, source, status, report, imported_at)
                        VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), now())""")
                .setParameter(1, report.importId())
                .setParameter(2, format)
                .setParameter(3, source)
                .setParameter(4, report.status())
                .setParameter(5, toJson(report))
                .executeUpdate();
    }

    @Transactional
    public ImportReport get(UUID id) {
        List<?> rows = entityManager.createNativeQuery("SELECT CAST(report AS text) FROM observation_import WHERE id = ?1")
                .setParameter(1, id).getResultList();
        String json = (String) Optional.ofNullable(rows.isEmpty() ? null : rows.get(0))
                .orElseThrow(() -> new ResourceNotFoundException("Import", id));
        try {
            return objectMapper.readValue(json, ImportReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored import report " + id + " is unreadable", e);
        }
    }

    private String toJson(ImportReport report) {
        try {
            return objectMapper.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an import report", e);
        }
    }
}
