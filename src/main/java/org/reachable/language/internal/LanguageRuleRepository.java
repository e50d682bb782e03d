package org.reachable.language.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.reachable.language.LanguageCategory;
import org.reachable.language.LanguageRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class LanguageRuleRepository {

    private static final String COLUMNS = """
            code, category, phrase, pattern, explanation, suggestion, examples, enabled, version, changed_by, changed_at""";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    LanguageRuleRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<LanguageRule> all() {
        return jdbc.sql("select " + COLUMNS + " from language_rule order by category, phrase").query(this::rule).list();
    }

    public Optional<LanguageRule> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from language_rule where code = :code").param("code", code)
                .query(this::rule).optional();
    }

    public List<LanguageRule> history(String code) {
        return jdbc.sql("select " + COLUMNS + " from language_rule_history where code = :code order by version desc")
                .param("code", code).query(this::rule).list();
    }

    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from language_rule)").query(Boolean.class).single();
    }

    /** Writes the rule's current version and keeps it in the history. */
    public void save(LanguageRule rule) {
        jdbc.sql("""
                        insert into language_rule (%s)
                        values (:code, :category, :phrase, :pattern, :explanation, :suggestion, cast(:examples as jsonb),
                                :enabled, :version, :changedBy, :changedAt)
                        on conflict (code) do update set category = excluded.category, phrase = excluded.phrase,
                            pattern = excluded.pattern, explanation = excluded.explanation,
                            suggestion = excluded.suggestion, examples = excluded.examples, enabled = excluded.enabled,
                            version = excluded.version, changed_by = excluded.changed_by, changed_at = excluded.changed_at
                        """.formatted(COLUMNS))
                .params(params(rule)).update();
        jdbc.sql("""
                        insert into language_rule_history (%s)
                        values (:code, :category, :phrase, :pattern, :explanation, :suggestion, cast(:examples as jsonb),
                                :enabled, :version, :changedBy, :changedAt)""".formatted(COLUMNS))
                .params(params(rule)).update();
    }

    private java.util.Map<String, Object> params(LanguageRule rule) {
        try {
            return java.util.Map.ofEntries(java.util.Map.entry("code", rule.code()),
                    java.util.Map.entry("category", rule.category().name()), java.util.Map.entry("phrase", rule.phrase()),
                    java.util.Map.entry("pattern", rule.pattern()),
                    java.util.Map.entry("explanation", rule.explanation()),
                    java.util.Map.entry("suggestion", rule.suggestion()),
                    java.util.Map.entry("examples", json.writeValueAsString(rule.examples())),
                    java.util.Map.entry("enabled", rule.enabled()), java.util.Map.entry("version", rule.version()),
                    java.util.Map.entry("changedBy", rule.changedBy()),
                    java.util.Map.entry("changedAt", Timestamp.from(rule.changedAt())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a rule's examples as JSON", e);
        }
    }

    private LanguageRule rule(ResultSet rs, int row) throws SQLException {
        try {
            return new LanguageRule(rs.getString("code"), LanguageCategory.valueOf(rs.getString("category")),
                    rs.getString("phrase"), rs.getString("pattern"), rs.getString("explanation"),
                    rs.getString("suggestion"), json.readValue(rs.getString("examples"), STRINGS),
                    rs.getBoolean("enabled"), rs.getInt("version"), rs.getString("changed_by"),
                    rs.getTimestamp("changed_at").toInstant());
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable examples for rule " + rs.getString("code"), e);
        }
    }
}
