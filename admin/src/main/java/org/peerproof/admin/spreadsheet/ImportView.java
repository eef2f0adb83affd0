package org.peerproof.admin.spreadsheet;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.csv.CsvImport;
import org.peerproof.domain.csv.ImportKind;
import org.peerproof.domain.csv.ImportPreview;
import org.peerproof.domain.csv.ImportProblem;
import org.peerproof.domain.csv.ImportProgress;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.ui.Feedback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * Spreadsheet import (program-manager, admin): choose accounts or advocates, upload a CSV file, see every row's
 * problems, then import everything or, when asked, the valid rows only. Checking and importing run in the
 * background with a progress bar; the page polls for updates while they run, so the rest of the application
 * needs no server push.
 */
@Route(ImportView.ROUTE)
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "admin/import";
    private static final Logger LOG = LoggerFactory.getLogger(ImportView.class);
    private static final int POLL_MILLIS = 500;
    private static final int MAX_MEGABYTES = CsvImport.MAX_FILE_BYTES / (1024 * 1024);

    private final transient CsvImport imports;
    private final transient MessageSource messages;
    private final transient AsyncTaskExecutor background;
    private final SignedInUser user;
    private final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    private final Div columns = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Grid<ImportProblem> problems = new Grid<>();
    private final Checkbox validOnly = new Checkbox();
    private final Button importButton = new Button();
    private final Upload upload;
    private byte[] file;
    /** The check of {@link #file} on show; {@code null} until a file is checked and after the file or kind changes. */
    private ImportPreview<?> shown;

    public ImportView(CsvImport imports, MessageSource messages,
                      @Qualifier("applicationTaskExecutor") AsyncTaskExecutor background) {
        this.imports = imports;
        this.messages = messages;
        this.background = background;
        this.user = SignedInUser.current();
        setWidthFull();

        kind.setLabel(getTranslation("import.kind"));
        kind.setId("import-kind");
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("import.kind." + value.name()));
        kind.setValue(ImportKind.ADVOCATES);
        kind.addValueChangeListener(change -> {
            describeColumns();
            clearPreview();
        });
        columns.setId("import-columns");
        describeColumns();

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received(bytes)));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CsvImport.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv", ".txt");
        upload.setDropLabel(new Span(getTranslation("import.upload.drop")));
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(rejected ->
                Feedback.error(getTranslation("import.upload.rejected", MAX_MEGABYTES)));

        progress.setId("import-progress");
        progress.getElement().setAttribute("aria-labelledby", "import-status");
        progress.setVisible(false);
        status.setId("import-status");
        problems.setId("import-problems");
        problems.addColumn(ImportProblem::row).setHeader(getTranslation("import.column.row")).setAutoWidth(true);
        problems.addColumn(ImportProblem::column).setHeader(getTranslation("import.column.column")).setAutoWidth(true);
        problems.addColumn(problem -> getTranslation(problem.messageKey(), problem.arguments().toArray()))
                .setHeader(getTranslation("import.column.problem")).setFlexGrow(3);
        problems.setVisible(false);
        validOnly.setLabel(getTranslation("import.validOnly"));
        validOnly.setId("import-valid-only");
        validOnly.setVisible(false);
        importButton.setText(getTranslation("import.start"));
        importButton.setId("import-start");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> importFile());

        problems.setWidthFull();
        problems.setMinHeight("20rem");
        var help = new Details(getTranslation("import.columns.title"), columns);
        help.setOpened(true);
        add(new H2(getTranslation("import.title")), kind, help, upload, progress, status,
                new HorizontalLayout(validOnly, importButton), problems);
    }

    /** The columns of the chosen kind, the rules for their values and the allowed codes of the enum columns. */
    private void describeColumns() {
        var chosen = kind.getValue();
        var allowed = new LinkedHashMap<String, Class<? extends Enum<?>>>();
        if (chosen == ImportKind.ACCOUNTS) {
            allowed.put("industry", Industry.class);
            allowed.put("size_band", SizeBand.class);
            allowed.put("region", Region.class);
        } else {
            allowed.put("persona", Persona.class);
            allowed.put("status", AdvocateStatus.class);
        }
        var values = new UnorderedList();
        allowed.forEach((column, type) -> values.add(new ListItem(column + ": " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")))));
        columns.removeAll();
        columns.add(new Paragraph(getTranslation("import.columns.required", String.join(", ", chosen.requiredColumns()))),
                new Paragraph(getTranslation("import.columns.optional", String.join(", ", chosen.optionalColumns()))),
                new Paragraph(getTranslation("import.columns.help", MAX_MEGABYTES)),
                new Paragraph(getTranslation("import.values")), values);
    }

    /** Runs in the UI's lock (the in-memory upload handler calls back through UI.access). */
    private void received(byte[] bytes) {
        upload.clearFileList();
        file = bytes;
        var chosen = kind.getValue();
        clearPreview();
        status.setText(getTranslation("import.checking"));
        runInBackground(listener -> imports.preview(user, chosen, bytes, listener), this::showPreview);
    }

    private void showPreview(ImportPreview<?> preview) {
        shown = preview;
        status.setText(preview.allValid() ? getTranslation("import.summary.allValid", preview.rowCount())
                : getTranslation("import.summary", preview.rowCount(), preview.valid().size(),
                preview.invalidRowCount()));
        problems.setItems(preview.problems());
        problems.setVisible(!preview.allValid());
        validOnly.setVisible(!preview.allValid());
        validOnly.clear();
        importButton.setEnabled(!preview.valid().isEmpty());
    }

    private void importFile() {
        var chosen = kind.getValue();
        var bytes = file;
        boolean onlyValid = validOnly.getValue();
        importButton.setEnabled(false);
        status.setText(getTranslation("import.importing"));
        runInBackground(listener -> imports.importFile(user, chosen, bytes, onlyValid, listener), result -> {
            Feedback.success(getTranslation("import.done", result.imported(), result.skipped()));
            clearPreview();
            status.setText(getTranslation("import.done", result.imported(), result.skipped()));
        });
    }

    /**
     * Runs {@code work} on a background thread while the page polls; shows its result or why it failed. A refused
     * import wrote nothing (one transaction): the problems and the valid-rows option of the checked file stay on
     * screen, so the person can import the valid rows only or fix the file; a new file or kind clears them.
     */
    private <T> void runInBackground(Function<ImportProgress, T> work, Consumer<T> onDone) {
        var ui = UI.getCurrent();
        ImportProgress listener = (done, total) ->
                ui.access(() -> progress.setValue(total == 0 ? 1 : (double) done / total));
        progress.setValue(0);
        progress.setVisible(true);
        ui.setPollInterval(POLL_MILLIS);
        background.submit(() -> {
            try {
                var result = work.apply(listener);
                ui.access(() -> {
                    finished(ui);
                    onDone.accept(result);
                });
            } catch (DomainRuleException refused) {
                ui.access(() -> {
                    finished(ui);
                    var message = Feedback.message(this, messages, refused);
                    status.setText(message);
                    Feedback.error(message);
                });
            } catch (RuntimeException failed) {
                LOG.error("Spreadsheet import failed", failed);
                ui.access(() -> {
                    finished(ui);
                    status.setText(getTranslation("import.failed"));
                    Feedback.error(getTranslation("import.failed"));
                });
            }
        });
    }

    /** Stops polling; the checked file, if any, can be imported again. */
    private void finished(UI ui) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        importButton.setEnabled(shown != null && !shown.valid().isEmpty());
    }

    private void clearPreview() {
        shown = null;
        problems.setItems();
        problems.setVisible(false);
        validOnly.setVisible(false);
        validOnly.clear();
        importButton.setEnabled(false);
        status.setText("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " | " + getTranslation("app.name");
    }

    /** The upload component's own buttons, states and errors in the page's language (Vaadin's are English). */
    private UploadI18N uploadTexts() {
        var one = getTranslation("import.upload.ui.addFile");
        var drop = getTranslation("import.upload.ui.dropFile");
        var tooBig = getTranslation("import.upload.ui.tooBig");
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(one).setMany(one))
                .setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("import.upload.ui.tooManyFiles"))
                        .setFileIsTooBig(tooBig)
                        .setIncorrectFileType(getTranslation("import.upload.ui.wrongType")))
                .setFile(new UploadI18N.File()
                        .setRetry(getTranslation("import.upload.ui.retry"))
                        .setStart(getTranslation("import.upload.ui.start"))
                        .setRemove(getTranslation("import.upload.ui.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("import.upload.ui.connecting"))
                                .setStalled(getTranslation("import.upload.ui.stalled"))
                                .setProcessing(getTranslation("import.upload.ui.processing"))
                                .setHeld(getTranslation("import.upload.ui.held")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("import.upload.ui.serverUnavailable"))
                                .setUnexpectedServerError(getTranslation("import.upload.ui.serverError"))
                                .setForbidden(getTranslation("import.upload.ui.forbidden"))
                                .setFileTooLarge(tooBig)));
    }
}
