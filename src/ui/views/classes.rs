//! The class browser: a tree (classes → sub-classes → medicines) and an
//! effect matrix (class × every flag, grouped: electrolytes, then muscle
//! and nerve, then heart rhythm) naming the
//! members that differ from their class, both narrowed by an effect filter
//! ("all that lower potassium"). Which flag a class or member has, and who
//! differs, is asked of the dataset.

use eframe::egui::{self, RichText};

use crate::dataset::{
    ClassId, ClassMatrix, Dataset, DrugId, EffectFlag, KindGroup, MatrixRow, NameStyle, Shape,
};

use super::Ctx;
use crate::ui::command::{Command, Page};
use crate::ui::labels::FILTER_ALL_LABEL;
use crate::ui::widgets;

/// The browser's state: the filter and the class to bring into view.
#[derive(Debug, Default)]
pub struct ClassBrowser {
    pub filter: Option<EffectFlag>,
    /// The class opened from elsewhere (a search hit, a drug page).
    pub selected: Option<ClassId>,
    /// Open the tree down to `selected` on the next frame.
    reveal: bool,
    /// The filter changed: open (or fold) the whole tree on the next frame.
    filter_changed: bool,
    /// The matrix of the dataset it was built for (by version and address),
    /// built once instead of every frame.
    matrix: Option<(String, usize, std::rc::Rc<ClassMatrix>)>,
    /// Which medicine names come first, as last drawn.
    style: NameStyle,
}

impl ClassBrowser {
    pub fn select(&mut self, class: ClassId) {
        self.selected = Some(class);
        self.reveal = true;
    }

    /// The matrix for `ds`, from the cache when it is the same dataset.
    fn matrix_for(&mut self, ds: &Dataset) -> std::rc::Rc<ClassMatrix> {
        let key = (
            ds.metadata().version.clone(),
            std::ptr::from_ref(ds) as usize,
        );
        match &self.matrix {
            Some((v, p, m)) if (v, p) == (&key.0, &key.1) => m.clone(),
            _ => {
                let m = std::rc::Rc::new(ClassMatrix::new(ds));
                self.matrix = Some((key.0, key.1, m.clone()));
                m
            }
        }
    }

    /// Draws the page; pushes what the user asked for.
    pub fn show(&mut self, ui: &mut egui::Ui, cx: &Ctx<'_>, out: &mut Vec<Command>) {
        out.extend(self.page(ui, cx.dataset, cx.style()));
    }

    fn page(&mut self, ui: &mut egui::Ui, ds: &Dataset, style: NameStyle) -> Vec<Command> {
        self.style = style;
        let mut command = Vec::new();
        let m = self.matrix_for(ds);
        self.filter_bar(ui);
        ui.separator();
        let reveal = std::mem::take(&mut self.reveal);
        let refold = std::mem::take(&mut self.filter_changed);
        egui::Panel::left("class-tree")
            .resizable(true)
            .default_size(260.0)
            .show(ui, |ui| {
                ui.heading("Classes");
                egui::ScrollArea::vertical()
                    .id_salt("class-tree-scroll")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        for class in top_level(ds) {
                            command.extend(self.tree_node(ui, ds, &m, class, reveal, refold));
                        }
                    });
            });
        egui::CentralPanel::no_frame().show(ui, |ui| {
            command.extend(self.matrix(ui, ds, &m));
            if let Some(flag) = self.filter {
                command.extend(flat_list(ui, ds, &m, flag, style));
            }
        });
        command
    }

    fn filter_bar(&mut self, ui: &mut egui::Ui) {
        ui.horizontal_wrapped(|ui| {
            ui.label("Show:");
            let before = self.filter;
            if ui
                .selectable_label(self.filter.is_none(), FILTER_ALL_LABEL)
                .clicked()
            {
                self.filter = None;
            }
            for &group in KindGroup::ALL {
                ui.weak(format!("{}:", group.label()));
                for flag in EffectFlag::all().filter(|f| f.kind.info().group == group) {
                    if ui
                        .selectable_label(self.filter == Some(flag), filter_label(flag))
                        .clicked()
                    {
                        self.filter = Some(flag);
                    }
                }
            }
            self.filter_changed = self.filter != before;
        });
    }

    /// Whether a class belongs in the filtered tree and matrix: it, or a
    /// medicine anywhere under it, has the flag.
    fn shown(&self, m: &ClassMatrix, class: ClassId) -> bool {
        match self.filter {
            None => true,
            Some(flag) => m.row(class).is_some_and(|r| r.shown[m.column(flag)]),
        }
    }

    fn tree_node(
        &self,
        ui: &mut egui::Ui,
        ds: &Dataset,
        m: &ClassMatrix,
        class: ClassId,
        reveal: bool,
        refold: bool,
    ) -> Vec<Command> {
        let style = self.style;
        if !self.shown(m, class) {
            return Vec::new();
        }
        let mut command = Vec::new();
        let members: Vec<DrugId> = ds
            .members(class)
            .into_iter()
            .filter(|&d| self.filter.is_none_or(|f| m.drug_has(d, f)))
            .collect();
        let count = m.row(class).map_or(0, |r| r.members_deep);
        let selected = self.selected == Some(class);
        let mut title = RichText::new(format!("{} ({count})", ds.class(class).name));
        if selected {
            title = title.strong().color(ui.visuals().hyperlink_color);
        }
        let contains_selected = self
            .selected
            .is_some_and(|s| ds.class_chain(s).contains(&class));
        let mut header = egui::CollapsingHeader::new(title)
            .id_salt(("class-node", class))
            .default_open(self.filter.is_some());
        if refold {
            header = header.open(Some(self.filter.is_some()));
        }
        if reveal && contains_selected {
            header = header.open(Some(true));
        }
        let response = header.show(ui, |ui| {
            for sub in ds.subclasses(class) {
                command.extend(self.tree_node(ui, ds, m, sub, reveal, refold));
            }
            for d in members {
                if ui.link(ds.drug_name(d, style)).clicked() {
                    command.push(Command::Open(Page::Drug(d)));
                }
            }
        });
        if reveal && selected {
            response
                .header_response
                .scroll_to_me(Some(egui::Align::Center));
        }
        command
    }

    fn matrix(&self, ui: &mut egui::Ui, ds: &Dataset, m: &ClassMatrix) -> Vec<Command> {
        use egui_extras::{Column, TableBuilder};
        let mut command = Vec::new();
        ui.heading("Effect matrix");
        ui.weak(
            "What each class passes on to its members; a member that differs is named in its cell.",
        );
        let height = if self.filter.is_some() {
            ui.available_height() * 0.55
        } else {
            ui.available_height()
        };
        let flags = &m.flags;
        let rows: Vec<&MatrixRow> = m
            .rows
            .iter()
            .filter(|row| self.shown(m, row.class))
            .collect();
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
        egui::ScrollArea::horizontal()
            .id_salt("class-matrix-across")
            .show(ui, |ui| {
                TableBuilder::new(ui)
                    .id_salt("class-matrix")
                    .striped(true)
                    .max_scroll_height(height)
                    .auto_shrink([false, true])
                    .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                    .column(Column::auto().at_least(240.0))
                    .columns(Column::auto().at_least(48.0), flags.len())
                    .header(2.0 * row_height, |mut header| {
                        header.col(|ui| {
                            ui.strong("Class");
                        });
                        // The group's name over the first column of each group.
                        let mut last = None;
                        for flag in flags {
                            let group = flag.kind.info().group;
                            let first = last != Some(group);
                            last = Some(group);
                            header.col(|ui| {
                                ui.vertical(|ui| {
                                    ui.label(
                                        RichText::new(if first { group.label() } else { " " })
                                            .weak(),
                                    );
                                    ui.label(RichText::new(flag.badge()).strong())
                                        .on_hover_text(flag.words());
                                });
                            });
                        }
                    })
                    .body(|body| {
                        body.rows(row_height, rows.len(), |mut table_row| {
                            let row = rows[table_row.index()];
                            command.extend(self.matrix_row(&mut table_row, ds, m, row));
                        });
                    });
            });
        command
    }

    fn matrix_row(
        &self,
        table_row: &mut egui_extras::TableRow<'_, '_>,
        ds: &Dataset,
        m: &ClassMatrix,
        row: &MatrixRow,
    ) -> Vec<Command> {
        let style = self.style;
        let (class, depth) = (row.class, row.depth);
        let mut command = Vec::new();
        table_row.col(|ui| {
            ui.add_space(depth as f32 * 16.0);
            let mut name = RichText::new(&ds.class(class).name);
            if self.selected == Some(class) {
                name = name.strong();
            }
            if ui.link(name).clicked() {
                command.push(Command::OpenClass(class));
            }
        });
        for (flag, cell) in m.flags.iter().copied().zip(&row.cells) {
            let class_says = cell.class_has;
            let differing = &cell.differing;
            table_row.col(|ui| {
                if class_says {
                    widgets::flag_badge(ui, flag);
                } else {
                    ui.weak("—");
                }
                if !differing.is_empty() {
                    let names: Vec<&str> =
                        differing.iter().map(|&d| ds.drug_name(d, style)).collect();
                    let text = if class_says {
                        format!("not {}", names.join(", "))
                    } else {
                        format!("but {}", names.join(", "))
                    };
                    ui.colored_label(ui.visuals().warn_fg_color, text)
                        .on_hover_text(if class_says {
                            "these members state that they do not"
                        } else {
                            "these members have it though the class does not"
                        });
                }
            });
        }
        command
    }
}

/// A filter choice: "K⁺ ↓ lower potassium", "cause tremor".
fn filter_label(flag: EffectFlag) -> String {
    match flag.kind.shape() {
        Shape::Level => format!("{} {}", flag.badge(), flag.filter_words()),
        Shape::Event => flag.filter_words(),
    }
}

fn top_level(ds: &Dataset) -> Vec<ClassId> {
    ds.class_ids().filter(|&c| ds.parent(c).is_none()).collect()
}

/// Every medicine with the flag, one row each (virtualised).
fn flat_list(
    ui: &mut egui::Ui,
    ds: &Dataset,
    m: &ClassMatrix,
    flag: EffectFlag,
    style: NameStyle,
) -> Vec<Command> {
    let mut command = Vec::new();
    let drugs = m.drugs_with(flag);
    ui.separator();
    ui.label(
        RichText::new(format!(
            "All {} medicines that {}",
            drugs.len(),
            flag.filter_words()
        ))
        .strong(),
    );
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
    egui::ScrollArea::vertical()
        .id_salt("flag-list")
        .auto_shrink([false, false])
        .show_rows(ui, row_height, drugs.len(), |ui, rows| {
            for &d in &drugs[rows] {
                ui.horizontal(|ui| {
                    if ui.link(ds.drug_name(d, style)).clicked() {
                        command.push(Command::Open(Page::Drug(d)));
                    }
                    let class = ds.class_of(d);
                    ui.weak(&ds.class(class).name);
                    if m.differs_from_class(ds, d, flag) {
                        ui.colored_label(ui.visuals().warn_fg_color, "differs from its class");
                    }
                });
            }
        });
    command
}
