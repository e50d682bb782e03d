package org.reachable.access.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reachable.access.Role;
import org.reachable.access.UserAccounts;
import org.reachable.agencies.Organisation;
import org.reachable.agencies.Organisations;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** System administrators manage accounts. They see people who use Reachable, never children's records. */
@Controller
class UsersPage {

    private final UserAccounts users;
    private final Organisations organisations;

    UsersPage(UserAccounts users, Organisations organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        List<Organisation> all = organisations.all();
        model.addAttribute("users", users.all());
        model.addAttribute("organisations", all);
        model.addAttribute("organisationNames", all.stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name)));
        model.addAttribute("roles", java.util.Arrays.stream(Role.values()).filter(r -> r != Role.AGENCY_SYSTEM).toList());
        return "access/users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            users.createChecked(form.get("username"), form.get("displayName"), form.get("role"),
                    form.get("organisation"), form.get("password"));
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            model.addAttribute("form", form);
            return list(model);
        }
        redirect.addFlashAttribute("created", form.get("username"));
        return "redirect:/admin/users";
    }
}
