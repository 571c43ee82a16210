package io.github.chargallery.gallery.view;

import atlantafx.base.theme.Styles;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.card.Spec;
import io.github.chargallery.gallery.model.FilterChips;
import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.gallery.model.Search;
import io.github.chargallery.library.CardQuery;
import io.github.chargallery.library.LibraryRoot;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The filter controls, under the Filters pane: each shows the query as it is, and each change makes a new one. */
final class FilterControls {
    private final Search filters;
    private final List<ToggleButton> specs = List.of(new ToggleButton("V1"), new ToggleButton("V2"), new ToggleButton("V3"));
    private final ChoiceBox<String> lorebook = new ChoiceBox<>(FXCollections.observableArrayList(
            "Any lorebook", "Has a lorebook", "No lorebook"));
    private final TextField greetings = rangeField("e.g. 1-5");
    private final TextField tokens = rangeField("e.g. 0-2000");
    private final ComboBox<String> creator = new ComboBox<>();
    private final ComboBox<Path> folder = new ComboBox<>();
    private final DatePicker addedFrom = new DatePicker();
    private final DatePicker addedTo = new DatePicker();
    private final DatePicker fileFrom = new DatePicker();
    private final DatePicker fileTo = new DatePicker();
    private final CheckBox unreadable = new CheckBox("Unreadable files only");
    private final CheckBox offline = new CheckBox("Offline folders only");
    private final CheckBox noCollection = new CheckBox("In no collection");
    private final CheckBox noUserTags = new CheckBox("No user tags");
    private final GalleryModel model;
    private boolean showing;
    private final javafx.scene.control.ScrollPane scroll;

    FilterControls(GalleryModel model) {
        this.model = model;
        this.filters = model.filters();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = Spec.values()[i];
            specs.get(i).getStyleClass().add(Styles.SMALL);
            specs.get(i).selectedProperty().addListener((o, a, on) -> {
                EnumSet<Spec> now = EnumSet.noneOf(Spec.class);
                now.addAll(filters.queryProperty().get().specs());
                if (on) {
                    now.add(s);
                } else {
                    now.remove(s);
                }
                change(q -> q.withSpecs(now));
            });
        }
        lorebook.getSelectionModel().selectedIndexProperty().addListener((o, a, i) ->
                change(q -> q.withLorebook(i.intValue() == 1 ? Boolean.TRUE : i.intValue() == 2 ? Boolean.FALSE : null)));
        greetings.setOnAction(e -> range(greetings, true));
        greetings.focusedProperty().addListener((o, a, f) -> range(greetings, true));
        tokens.setOnAction(e -> range(tokens, false));
        tokens.focusedProperty().addListener((o, a, f) -> range(tokens, false));
        creator.setEditable(true);
        creator.setPromptText("Any creator");
        // the choices walk every row: worked out off the FX thread, filled in when they arrive
        creator.setOnShowing(e -> model.filters().creators(model.allCards(), creator.getEditor().getText(),
                creator.getItems()::setAll));
        creator.setOnAction(e -> change(q -> q.withCreator(creator.getValue() == null ? "" : creator.getValue())));
        folder.setPromptText("Any folder");
        folder.setConverter(new StringConverter<>() {
            @Override
            public String toString(Path p) {
                return p == null ? "" : FileNames.display(p);
            }

            @Override
            public Path fromString(String s) {
                return null;
            }
        });
        folder.setOnShowing(e -> model.filters().folders(model.allCards(),
                model.roots().stream().map(LibraryRoot::path).toList(), folder.getItems()::setAll));
        folder.setOnAction(e -> change(q -> q.withFolder(folder.getValue())));
        for (DatePicker d : List.of(addedFrom, addedTo, fileFrom, fileTo)) {
            d.setPrefWidth(104);
            d.valueProperty().addListener((o, a, b) -> change(q -> q
                    .withAdded(FilterChips.dayRange(addedFrom.getValue(), addedTo.getValue()))
                    .withFileDate(FilterChips.dayRange(fileFrom.getValue(), fileTo.getValue()))));
        }
        unreadable.selectedProperty().addListener((o, a, on) -> change(q -> q.withUnreadable(on
                ? CardQuery.Unreadable.ONLY : q.unreadable() == CardQuery.Unreadable.ONLY ? CardQuery.Unreadable.SHOW
                : q.unreadable())));
        offline.selectedProperty().addListener((o, a, on) -> change(q -> q.withOfflineOnly(on)));
        noCollection.selectedProperty().addListener((o, a, on) -> change(q -> q.withNoCollection(on)));
        noUserTags.selectedProperty().addListener((o, a, on) -> change(q -> q.withNoUserTags(on)));

        addedFrom.setPromptText("from");
        addedTo.setPromptText("until");
        fileFrom.setPromptText("from");
        fileTo.setPromptText("until");
        // each control under its name: the sidebar is narrow
        VBox grid = new VBox(4,
                new Label("Spec"), new HBox(4, specs.get(0), specs.get(1), specs.get(2)),
                new Label("Lorebook"), lorebook,
                new Label("Alternate greetings"), greetings,
                new Label("Tokens (permanent prompt)"), tokens,
                new Label("Creator"), creator,
                new Label("Folder"), folder,
                new Label("Date added"), new HBox(4, addedFrom, addedTo),
                new Label("File date"), new HBox(4, fileFrom, fileTo));
        for (javafx.scene.control.Control c : List.of(lorebook, greetings, tokens, creator, folder)) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        VBox box = new VBox(6, grid, unreadable, offline, noCollection, noUserTags);
        // scrolls within the sidebar: opened, the controls must not push the tags and the status bar away
        scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(260);
        scroll.setMinViewportHeight(200);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        show(filters.queryProperty().get());
    }

    private static TextField rangeField(String prompt) {
        TextField f = new TextField();
        f.setPromptText(prompt);
        f.setPrefColumnCount(6);
        return f;
    }

    private void range(TextField field, boolean isGreetings) {
        if (showing || field.isFocused()) {
            return;
        }
        String t = field.getText() == null ? "" : field.getText().strip();
        CardQuery.Range r;
        try {
            r = t.isEmpty() ? null : CardQuery.Range.parse(t);
        } catch (IllegalArgumentException e) {
            field.pseudoClassStateChanged(Styles.STATE_DANGER, true);
            model.showNotice((isGreetings ? "Alternate greetings: " : "Tokens: ") + e.getMessage());
            return;
        }
        field.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        change(q -> isGreetings ? q.withGreetings(r) : q.withTokens(r));
    }

    private void change(UnaryOperator<CardQuery> edit) {
        if (!showing) {
            CardQuery now = filters.queryProperty().get();
            CardQuery next = edit.apply(now);
            if (!next.equals(now)) {
                filters.setQuery(next);
            }
        }
    }

    Node node() {
        return scroll;
    }

    /** The controls as the query says, without feeding back into it. */
    void show(CardQuery q) {
        showing = true;
        try {
            for (int i = 0; i < specs.size(); i++) {
                specs.get(i).setSelected(q.specs().contains(Spec.values()[i]));
            }
            lorebook.getSelectionModel().select(q.lorebook() == null ? 0 : q.lorebook() ? 1 : 2);
            if (!greetings.isFocused()) {
                greetings.setText(q.greetings() == null ? "" : q.greetings().text());
            }
            if (!tokens.isFocused()) {
                tokens.setText(q.tokens() == null ? "" : q.tokens().text());
            }
            creator.setValue(q.creator().isEmpty() ? null : q.creator());
            folder.setValue(q.folder());
            addedFrom.setValue(FilterChips.dayOf(q.added(), true));
            addedTo.setValue(FilterChips.dayOf(q.added(), false));
            fileFrom.setValue(FilterChips.dayOf(q.fileDate(), true));
            fileTo.setValue(FilterChips.dayOf(q.fileDate(), false));
            unreadable.setSelected(q.unreadable() == CardQuery.Unreadable.ONLY);
            offline.setSelected(q.offlineOnly());
            noCollection.setSelected(q.noCollection());
            noUserTags.setSelected(q.noUserTags());
        } finally {
            showing = false;
        }
    }
}
