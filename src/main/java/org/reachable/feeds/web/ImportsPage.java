package org.reachable.feeds.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reachable.feeds.ImportFiles;
import org.reachable.feeds.ImportJob;
import org.reachable.platform.validation.FieldProblem;
import org.reachable.platform.validation.InvalidInputException;
import org.reachable.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Contributors send a batch file for their organisation. It is imported in the background; its page shows progress,
 * refreshed by htmx polling where JavaScript runs (a refresh link otherwise).
 */
@Controller
class ImportsPage {

    private final ImportFiles files;

    ImportsPage(ImportFiles files) {
        this.files = files;
    }

    @GetMapping("/feeds/imports")
    String list(Model model) {
        model.addAttribute("formats", files.formats());
        model.addAttribute("imports", files.recent());
        return "feeds/imports";
    }

    @PostMapping("/feeds/imports")
    String upload(@RequestParam(required = false) String format, @RequestParam(required = false) MultipartFile file,
                  Model model) {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException(List.of(new FieldProblem("file", null, "Choose a file to send")));
            }
            try (InputStream in = file.getInputStream()) {
                ImportFiles.Started started = files.upload(in, file.getOriginalFilename(), format);
                return "redirect:/feeds/imports/" + started.job().id()
                        + (started.alreadyImported() ? "?already" : "");
            }
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            model.addAttribute("form", Map.of("format", format == null ? "" : format));
            return list(model);
        } catch (IOException e) {
            FormErrors.addTo(model, List.of(new FieldProblem("file", null,
                    "The file could not be received; try again")));
            return list(model);
        }
    }

    @GetMapping("/feeds/imports/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("job", files.job(id));
        return "feeds/import";
    }

    /** Just the progress panel, for htmx to swap in while the import runs. */
    @GetMapping("/feeds/imports/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        ImportJob job = files.job(id);
        model.addAttribute("job", job);
        return "feeds/import :: progress";
    }
}
