//! The search page: the search box (focused at start), results that follow
//! every keystroke, ↑/↓ to choose, Enter to open, Esc to clear; recent
//! searches and favourites while the box is empty. Draws hits as the index
//! returns them; ranks nothing itself.

use eframe::egui::{self, Key, Modifiers, RichText};

use crate::dataset::{Dataset, EffectKind, NameKind, NameTarget, Shape};
use crate::search::{Hit, Index, Suggestion};

use super::Ctx;
use crate::ui::command::{Command, Page};
use crate::ui::labels::SEARCH_LABEL;
use crate::ui::settings::SavedState;
use crate::ui::{widgets, words};

/// How many results are listed. The list is virtualised, so this bounds
/// the search work per keystroke rather than drawing.
const RESULT_LIMIT: usize = 200;

/// The search box's fixed id, so focus can be asked for and tested.
fn search_box_id() -> egui::Id {
    egui::Id::unique("medrisk-search-box")
}

/// The search page's state: what was typed and what it found.
#[derive(Debug, Default)]
pub struct SearchView {
    query: String,
    hits: Vec<Hit>,
    /// When nothing matched: the names that come nearest.
    nearest: Vec<Suggestion>,
    /// The highlighted row; Enter opens it.
    selected: usize,
    /// Bring the highlighted row into view on the next frame.
    reveal_selected: bool,
    /// Put the keyboard focus in the search box on the next frame.
    focus_requested: bool,
    /// Scroll the results to this offset on the next frame.
    jump_offset: Option<f32>,
    /// Whether the search box had the focus at the end of the last frame.
    had_focus: bool,
}

impl SearchView {
    pub fn new() -> Self {
        SearchView {
            focus_requested: true,
            ..SearchView::default()
        }
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    /// The highlighted hit, if any.
    pub fn selected(&self) -> Option<&Hit> {
        self.hits.get(self.selected)
    }

    /// Replaces what is typed and searches again.
    pub fn set_query(&mut self, index: &Index, query: &str) {
        query.clone_into(&mut self.query);
        self.refresh(index);
    }

    pub fn clear(&mut self) {
        self.query.clear();
        self.hits.clear();
        self.nearest.clear();
        self.selected = 0;
    }

    pub fn request_focus(&mut self) {
        self.focus_requested = true;
    }

    fn refresh(&mut self, index: &Index) {
        let found = index.lookup(&self.query, RESULT_LIMIT);
        self.hits = found.hits;
        self.nearest = found.nearest;
        self.selected = 0;
        self.reveal_selected = true;
    }

    fn move_selection(&mut self, down: bool) {
        if self.hits.is_empty() {
            return;
        }
        self.selected = if down {
            (self.selected + 1).min(self.hits.len() - 1)
        } else {
            self.selected.saturating_sub(1)
        };
        self.reveal_selected = true;
    }

    /// Draws the page; pushes what the user asked for.
    pub fn show(&mut self, ui: &mut egui::Ui, cx: &Ctx<'_>, out: &mut Vec<Command>) {
        let (ds, index, saved) = (cx.dataset, cx.index, cx.saved);
        let command = self.keys(ui);
        self.search_box(ui, index);
        ui.add_space(6.0);
        let clicked = if self.query.trim().is_empty() {
            start_page(ui, ds, saved)
        } else if self.hits.is_empty() {
            no_match(ui, &self.query, &self.nearest)
        } else {
            self.results(ui, ds, saved)
        };
        out.extend(command);
        out.extend(clicked);
    }

    /// ↑/↓, Enter and Esc while the search box has the focus. Taken before
    /// the text box sees them: a one-line box would otherwise move its
    /// cursor, or give up the focus on Enter. egui drops the focus on Esc
    /// before any widget runs, so Esc counts if the box had the focus in
    /// the last frame, and the focus is given back.
    fn keys(&mut self, ui: &mut egui::Ui) -> Option<Command> {
        if self.had_focus && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            self.clear();
            self.focus_requested = true;
            return None;
        }
        if !ui.memory(|m| m.has_focus(search_box_id())) {
            return None;
        }
        let (down, up, enter) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::NONE, Key::ArrowDown),
                i.consume_key(Modifiers::NONE, Key::ArrowUp),
                i.consume_key(Modifiers::NONE, Key::Enter),
            )
        });
        if down {
            self.move_selection(true);
        }
        if up {
            self.move_selection(false);
        }
        if enter {
            return self.selected().map(|hit| open(hit.target));
        }
        None
    }

    fn search_box(&mut self, ui: &mut egui::Ui, index: &Index) {
        ui.horizontal(|ui| {
            let label = ui.label(RichText::new(SEARCH_LABEL).strong());
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut self.query)
                        .id(search_box_id())
                        .hint_text("generic, brand or British name; Esc clears")
                        .desired_width(f32::INFINITY)
                        .font(egui::TextStyle::Heading),
                )
                .labelled_by(label.id);
            if self.focus_requested {
                response.request_focus();
                self.focus_requested = false;
            }
            self.had_focus = response.has_focus() || response.lost_focus();
            if response.changed() {
                self.refresh(index);
            }
        });
    }

    fn results(&mut self, ui: &mut egui::Ui, ds: &Dataset, saved: &SavedState) -> Vec<Command> {
        ui.weak(format!(
            "{} result{} · ↑/↓ choose · Enter opens",
            self.hits.len(),
            if self.hits.len() == 1 { "" } else { "s" }
        ));
        let body = ui.text_style_height(&egui::TextStyle::Body);
        let row_height = 2.0 * body + 16.0;
        let pitch = row_height + ui.spacing().item_spacing.y;
        let mut area = egui::ScrollArea::vertical().auto_shrink([false, false]);
        if let Some(offset) = self.jump_offset.take() {
            area = area.vertical_scroll_offset(offset);
        }
        let reveal = std::mem::take(&mut self.reveal_selected);
        let selected = self.selected;
        let mut command = Vec::new();
        let mut jump = None;
        area.show_rows(ui, row_height, self.hits.len(), |ui, rows| {
            if reveal && !rows.contains(&selected) {
                jump = Some(selected as f32 * pitch);
            }
            for i in rows {
                let hit = &self.hits[i];
                let response = result_row(ui, ds, saved, hit, i == selected, row_height);
                if reveal && i == selected {
                    response.scroll_to_me(None);
                }
                if response.clicked() {
                    command.push(open(hit.target));
                }
            }
        });
        // A row outside the view is not drawn, so it cannot scroll to
        // itself: jump there by offset next frame, then settle.
        if jump.is_some() {
            self.jump_offset = jump;
            self.reveal_selected = true;
            ui.ctx().request_repaint();
        }
        command
    }
}

/// What opening a hit means.
fn open(target: NameTarget) -> Command {
    match target {
        NameTarget::Drug(id) => Command::Open(Page::Drug(id)),
        NameTarget::Product(id) => Command::Open(Page::Product(id)),
        NameTarget::Class(id) => Command::OpenClass(id),
    }
}

/// One result: two lines, the whole row clickable.
fn result_row(
    ui: &mut egui::Ui,
    ds: &Dataset,
    saved: &SavedState,
    hit: &Hit,
    selected: bool,
    height: f32,
) -> egui::Response {
    let width = ui.available_width();
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    // The background goes under the text, but its colour depends on the
    // hover state known only after the row is laid out.
    let background = ui.painter().add(egui::Shape::Noop);
    let name = ds.display_label(hit.target, saved.name_style());
    let builder = egui::UiBuilder::new()
        .max_rect(rect.shrink2(egui::vec2(6.0, 4.0)))
        .sense(egui::Sense::click())
        .id_salt(("result", hit.target));
    let response = ui
        .scope_builder(builder, |ui| {
            ui.style_mut().interaction.selectable_labels = false;
            ui.horizontal(|ui| first_line(ui, ds, saved, hit, &name));
            ui.horizontal(|ui| second_line(ui, ds, hit));
        })
        .response
        .on_hover_cursor(egui::CursorIcon::PointingHand);
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Open {name}"))
    });
    let visuals = ui.visuals();
    let fill = if selected {
        Some(visuals.selection.bg_fill.gamma_multiply(0.45))
    } else if response.hovered() {
        Some(visuals.widgets.hovered.weak_bg_fill)
    } else {
        None
    };
    if let Some(fill) = fill {
        ui.painter()
            .set(background, egui::Shape::rect_filled(rect, 4.0, fill));
    }
    response
}

fn first_line(ui: &mut egui::Ui, ds: &Dataset, saved: &SavedState, hit: &Hit, name: &str) {
    if let NameTarget::Drug(d) = hit.target
        && saved.is_favourite(&ds.drug(d).generic)
    {
        ui.label("★").on_hover_text("favourite");
    }
    ui.label(RichText::new(name).strong().size(16.0));
    let shown = [
        ds.display_name(hit.target, saved.name_style()),
        ds.target_name(hit.target),
    ];
    if !shown.contains(&hit.matched.as_str()) {
        ui.label(format!(
            "({} {})",
            words::name_kind(hit.name_kind),
            hit.matched
        ));
    }
    match hit.target {
        NameTarget::Drug(d) => {
            let chain = ds.class_chain(ds.class_of(d));
            let names: Vec<&str> = chain
                .iter()
                .rev()
                .map(|&c| ds.class(c).name.as_str())
                .collect();
            ui.weak(names.join(" › "));
        }
        NameTarget::Product(c) => {
            ui.weak(format!(
                "combination: {}",
                ds.product(c).ingredients.join(" + ")
            ));
        }
        NameTarget::Class(c) => {
            let n = ds.members_deep(c).len();
            ui.weak(format!("drug class · {n} medicines"));
        }
    }
}

fn second_line(ui: &mut egui::Ui, ds: &Dataset, hit: &Hit) {
    widgets::badges(ui, &ds.flags_of(hit.target));
    if let Some(typed) = &hit.corrected_from {
        ui.label(RichText::new(format!("for '{typed}'")).italics())
            .on_hover_text("spelling corrected: check this is the medicine meant");
    }
    if hit.tie && hit.kind.is_correction() {
        ui.weak("equally close match");
    }
    if !hit.lasa.is_empty() {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            format!("⚠ look-alike: {}", hit.lasa.join(", ")),
        );
    }
    if hit.name_kind == NameKind::ClassName && ds.flags_of(hit.target).is_empty() {
        ui.weak("no class-wide effect");
    }
}

/// Nothing matched: say so, and offer the nearest names to search for.
fn no_match(ui: &mut egui::Ui, query: &str, nearest: &[Suggestion]) -> Vec<Command> {
    let mut command = Vec::new();
    ui.label(format!("No medicine or class matches \"{query}\"."));
    if !nearest.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.weak("Nearest names:");
            for s in nearest {
                if ui
                    .button(&s.name)
                    .on_hover_text(format!("search for \"{}\"", s.name))
                    .clicked()
                {
                    command.push(Command::SetQuery(s.name.clone()));
                }
            }
        });
    }
    command
}

/// While the box is empty: favourites and recent searches.
fn start_page(ui: &mut egui::Ui, ds: &Dataset, saved: &SavedState) -> Vec<Command> {
    let mut command = Vec::new();
    ui.weak(format!(
        "Type a medicine name to see whether it moves {} and whether it can cause {}.",
        EffectKind::nouns(Shape::Level),
        EffectKind::nouns(Shape::Event)
    ));
    ui.add_space(8.0);
    let favourites: Vec<_> = saved
        .favourites
        .iter()
        .filter_map(|g| ds.drug_by_generic(g))
        .collect();
    if !favourites.is_empty() {
        ui.label(RichText::new("Favourites").strong());
        ui.horizontal_wrapped(|ui| {
            for id in favourites {
                if ui
                    .button(format!("★ {}", ds.drug_name(id, saved.name_style())))
                    .clicked()
                {
                    command.push(Command::Open(Page::Drug(id)));
                }
            }
        });
        ui.add_space(8.0);
    }
    if !saved.recent_searches.is_empty() {
        ui.label(RichText::new("Recent searches").strong());
        ui.horizontal_wrapped(|ui| {
            for q in &saved.recent_searches {
                if ui
                    .button(q)
                    .on_hover_text(format!("search for \"{q}\" again"))
                    .clicked()
                {
                    command.push(Command::SetQuery(q.clone()));
                }
            }
        });
    }
    command
}
