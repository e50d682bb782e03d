package org.reachable.feeds.web;

import java.util.UUID;
import org.reachable.access.Capability;
import org.reachable.access.CurrentUsers;
import org.reachable.feeds.EventReceipt;
import org.reachable.feeds.QuarantineQueue;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Quarantined feed records: listed, opened, corrected and re-submitted. */
@Controller
class QuarantinePage {

    private final QuarantineQueue queue;

    QuarantinePage(QuarantineQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/feeds/quarantine")
    String list(Model model) {
        model.addAttribute("records", queue.open());
        return "feeds/quarantine";
    }

    @GetMapping("/feeds/quarantine/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("record", queue.find(id));
        model.addAttribute("canCorrect", CurrentUsers.require().can(Capability.CORRECT_QUARANTINE));
        return "feeds/quarantined-record";
    }

    @PostMapping("/feeds/quarantine/{id}")
    String resubmit(@PathVariable UUID id, @RequestParam(defaultValue = "-1") int version,
                    @RequestParam(defaultValue = "") String rawText, Model model, RedirectAttributes redirect) {
        try {
            EventReceipt receipt = queue.resubmit(id, version, rawText);
            redirect.addFlashAttribute("resubmitted", receipt.link().name());
            return "redirect:/feeds/quarantine";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems().stream().map(p -> new org.reachable.platform.validation
                    .FieldProblem("rawText", p.rejectedValue(), (p.field().equals("rawText") ? "" : p.field() + ": ")
                    + p.message())).toList());
            model.addAttribute("record", queue.find(id));
            model.addAttribute("canCorrect", true);
            model.addAttribute("rawText", rawText);
            return "feeds/quarantined-record";
        }
    }
}
