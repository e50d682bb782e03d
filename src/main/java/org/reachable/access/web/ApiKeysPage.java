package org.reachable.access.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.reachable.access.ApiKeys;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.Organisations;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators issue and revoke the API keys agencies' systems send events with. The key is shown once. */
@Controller
class ApiKeysPage {

    private final ApiKeys keys;
    private final Organisations organisations;

    ApiKeysPage(ApiKeys keys, Organisations organisations) {
        this.keys = keys;
        this.organisations = organisations;
    }

    @GetMapping("/admin/api-keys")
    String list(Model model) {
        List<Organisation> all = organisations.all();
        model.addAttribute("keys", keys.all().stream().map(Row::of).toList());
        model.addAttribute("organisations", all);
        model.addAttribute("organisationNames", all.stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name)));
        return "access/api-keys";
    }

    /** A key as the page shows it, with dates in UK time. */
    record Row(UUID id, UUID organisationId, String name, String prefix, String issued, String revoked,
               boolean active) {

        private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
                .ofPattern("d MMM yyyy HH:mm").withZone(java.time.ZoneId.of("Europe/London"));

        static Row of(org.reachable.access.ApiKey k) {
            return new Row(k.id(), k.organisationId(), k.name(), k.prefix(), WHEN.format(k.createdAt()),
                    k.revokedAt() == null ? null : WHEN.format(k.revokedAt()), k.active());
        }
    }

    @PostMapping("/admin/api-keys")
    String issue(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            ApiKeys.IssuedKey issued = keys.issue(form.get("organisation"), form.get("name"));
            redirect.addFlashAttribute("issued", issued);
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            model.addAttribute("form", form);
            return list(model);
        }
        return "redirect:/admin/api-keys";
    }

    @PostMapping("/admin/api-keys/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        keys.revoke(id);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/admin/api-keys";
    }
}
