package org.reachable.agencies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AgenciesRepository {

    private static final String ORGANISATION_COLUMNS = "id, code, name, kind, parent_id, urn";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AgenciesRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<Organisation> findOrganisation(UUID id) {
        return jdbc.sql("select " + ORGANISATION_COLUMNS + " from agencies_organisation where id = :id")
                .param("id", id).query(AgenciesRepository::organisation).optional();
    }

    Optional<Organisation> findOrganisationByCode(String code) {
        return jdbc.sql("select " + ORGANISATION_COLUMNS + " from agencies_organisation where code = :code")
                .param("code", code).query(AgenciesRepository::organisation).optional();
    }

    List<Organisation> allOrganisations() {
        return jdbc.sql("select " + ORGANISATION_COLUMNS + " from agencies_organisation order by kind, name")
                .query(AgenciesRepository::organisation).list();
    }

    long countOrganisations() {
        return jdbc.sql("select count(*) from agencies_organisation").query(Long.class).single();
    }

    Optional<Practitioner> findPractitioner(UUID id) {
        return jdbc.sql("""
                        select id, organisation_id, given_name, family_name, job_title, team, email
                        from agencies_practitioner where id = :id""")
                .param("id", id)
                .query((rs, n) -> new Practitioner(rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class), rs.getString("given_name"),
                        rs.getString("family_name"), rs.getString("job_title"), rs.getString("team"),
                        rs.getString("email")))
                .optional();
    }

    void insertOrganisations(Collection<Organisation> organisations) {
        batch.batchUpdate("""
                        insert into agencies_organisation (id, code, name, kind, parent_id, urn)
                        values (?, ?, ?, ?, ?, ?)""",
                organisations.stream().map(o -> new Object[] {
                        o.id(), o.code(), o.name(), o.kind().name(), o.parentId(), o.urn()}).toList());
    }

    void insertPractitioners(Collection<Practitioner> practitioners) {
        batch.batchUpdate("""
                        insert into agencies_practitioner
                            (id, organisation_id, given_name, family_name, job_title, team, email)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                practitioners.stream().map(p -> new Object[] {
                        p.id(), p.organisationId(), p.givenName(), p.familyName(), p.jobTitle(), p.team(),
                        p.email()}).toList());
    }

    private static Organisation organisation(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")), rs.getObject("parent_id", UUID.class),
                rs.getString("urn"));
    }
}
