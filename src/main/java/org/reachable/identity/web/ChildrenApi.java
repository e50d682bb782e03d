package org.reachable.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.identity.ChildRegister;
import org.reachable.identity.ChildSearch;
import org.reachable.identity.ChildSummary;
import org.reachable.identity.NewChild;
import org.reachable.platform.web.ApiController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Find and register children. */
@ApiController("/api/v1/children")
@Tag(name = "Children")
@SecurityRequirement(name = "session")
class ChildrenApi {

    private final ChildRegister register;

    ChildrenApi(ChildRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "Search children by name (fuzzy, any name they have been known by), date of birth or identifier",
            description = "Audited with what was searched for. Returns at most 25 children.")
    List<ChildSummary> search(@RequestParam(required = false) String name,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dob,
                              @RequestParam(required = false) String identifier) {
        return register.search(new ChildSearch(name, dob, identifier));
    }

    @PostMapping
    @Operation(summary = "Register a child", description = "NHS number and UPN are checked (modulus 11, check letter); "
            + "ethnicity uses DfE codes; field-level errors answer 400 and nothing is written.")
    ResponseEntity<Map<String, UUID>> register(@RequestBody NewChild child) {
        UUID id = register.register(child);
        return ResponseEntity.created(URI.create("/api/v1/children/" + id + "/chronology")).body(Map.of("id", id));
    }
}
