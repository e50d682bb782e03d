package org.reachable.language.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.reachable.language.LanguageCheck;
import org.reachable.language.LanguageFinding;
import org.reachable.language.LanguageRule;
import org.reachable.language.LanguageRules;
import org.reachable.platform.validation.Checks;
import org.reachable.platform.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The language check for any agency system or page, and the partnership's rules. */
@ApiController("/api/v1/language")
@Tag(name = "Language")
@SecurityRequirement(name = "session")
class LanguageApi {

    private final LanguageCheck check;
    private final LanguageRules rules;

    LanguageApi(LanguageCheck check, LanguageRules rules) {
        this.check = check;
        this.rules = rules;
    }

    record CheckRequest(String text) {
    }

    record CheckResult(List<LanguageFinding> findings) {
    }

    @PostMapping("/check")
    @Operation(summary = "Victim-blaming and adultifying phrasing in a text, with what to say instead. Words inside "
            + "quotation marks (the child's own) are not checked. The text is not stored.")
    CheckResult check(@RequestBody CheckRequest request) {
        Checks checks = new Checks();
        String text = checks.text("text", request == null ? null : request.text(), LanguageCheck.MAX_TEXT,
                "Send the text to check");
        checks.throwIfAny();
        return new CheckResult(check.check(text));
    }

    @GetMapping("/rules")
    @Operation(summary = "The partnership's language rules, current versions")
    List<LanguageRule> rules() {
        return rules.all();
    }
}
