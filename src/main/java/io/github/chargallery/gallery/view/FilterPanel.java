package io.github.chargallery.gallery.view;

import atlantafx.base.theme.Styles;
import io.github.chargallery.card.FileNames;
import io.github.chargallery.card.Spec;
import io.github.chargallery.gallery.model.FilterChips;
import io.github.chargallery.gallery.model.GalleryModel;
import io.github.chargallery.gallery.model.Search;
import io.github.chargallery.library.CardQuery;
import io.github.chargallery.library.CardSummary;
import io.github.chargallery.library.LibraryRoot;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The active filters as removable chips, and a control for every filter (collapsed until opened). The
 * controls show the query as it is (a chip removed, a smart collection shown) and each change makes a new one.
 */
final class FilterPanel extends VBox {
    private final Search filters;
    private final FlowPane chips = new FlowPane(4, 4);
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

    FilterPanel(GalleryModel model) {
        super(6);
        this.model = model;
        this.filters = model.filters();
        chips.getStyleClass().add("filter-chips");
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
        creator.setOnShowing(e -> creator.getItems().setAll(creators(creator.getEditor().getText())));
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
        folder.setOnShowing(e -> folder.getItems().setAll(folders()));
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
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(260);
        scroll.setMinViewportHeight(200);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        TitledPane pane = new TitledPane("Filters", scroll);
        pane.setExpanded(false);
        pane.getStyleClass().add("filter-pane");
        getChildren().addAll(chips, pane);
        setPadding(new Insets(8, 8, 0, 8));
        getStyleClass().add("filter-panel");
        setPrefWidth(240); // as the tags below: the sidebar keeps one width whatever they hold
        setMinWidth(200);
        getStylesheets().add(CollectionPanel.class.getResource("collections.css").toExternalForm());
        filters.queryProperty().addListener((o, a, q) -> show(q));
        model.collections().rows().addListener((javafx.beans.Observable o) -> show(filters.queryProperty().get()));
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

    /** The controls and chips as the query says, without feeding back into it. */
    private void show(CardQuery q) {
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
            chips.getChildren().setAll(chipNodes(q));
        } finally {
            showing = false;
        }
    }

    private List<Node> chipNodes(CardQuery q) {
        List<FilterChips.Chip> all = FilterChips.of(q, id -> model.collections().rows().stream()
                .filter(c -> c.id() == id).map(c -> c.name()).findFirst().orElse(null));
        List<Node> nodes = new java.util.ArrayList<>();
        for (FilterChips.Chip c : all) {
            Button b = new Button(c.label(), new FontIcon(Material2AL.CLOSE));
            b.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            b.getStyleClass().addAll("filter-chip", Styles.SMALL, Styles.ROUNDED);
            b.setOnAction(e -> filters.setQuery(c.without()));
            nodes.add(b);
        }
        if (all.size() > 1) {
            Button clear = new Button("Clear all");
            clear.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            clear.setOnAction(e -> filters.setQuery(CardQuery.ALL.withUnreadable(q.unreadable() == CardQuery.Unreadable.HIDE
                    ? CardQuery.Unreadable.HIDE : CardQuery.Unreadable.SHOW)));
            nodes.add(clear);
        }
        return nodes;
    }

    /** The creators of the library's cards that start with what was typed (any case), for completion. */
    private List<String> creators(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (CardSummary c : model.allCards()) {
            String n = c.creator().strip();
            if (!n.isEmpty() && n.toLowerCase(java.util.Locale.ROOT).startsWith(t)) {
                out.add(n);
            }
        }
        return out.stream().limit(200).toList();
    }

    /** The library roots and the folders inside them that hold cards. */
    private List<Path> folders() {
        Set<Path> out = new TreeSet<>();
        List<Path> roots = model.roots().stream().map(LibraryRoot::path).toList();
        out.addAll(roots);
        for (CardSummary c : model.allCards()) {
            for (Path f : c.files()) {
                Path p = f.getParent();
                while (p != null && !roots.contains(p) && roots.stream().anyMatch(p::startsWith) && out.add(p)) {
                    p = p.getParent();
                }
            }
        }
        return out.stream().limit(500).toList();
    }
}
