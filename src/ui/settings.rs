//! What the window remembers between runs: theme, zoom, recent searches and
//! favourites (eframe keeps the window's size and position). Never anything
//! about a patient: the counter check list is not saved. Unreadable saved
//! state means defaults and a notice, never a crash.

use serde::{Deserialize, Serialize};

use crate::dataset::NameStyle;

/// The key under which [`SavedState`] lives in eframe's storage.
pub const STORAGE_KEY: &str = "medrisk-settings";

/// How many recent searches are kept: enough for one busy counter shift
/// without turning the start page into a history.
pub const MAX_RECENT: usize = 8;

/// The longest pharmacy name or address kept: a name and a few address
/// lines fit well within it.
pub const MAX_PHARMACY_CHARS: usize = 300;

/// Zoom limits: below half size text is unreadable; above three times a
/// drug page no longer fits a laptop screen.
pub const MIN_ZOOM: f32 = 0.5;
pub const MAX_ZOOM: f32 = 3.0;
/// One Ctrl + / Ctrl − step, as in a web browser.
pub const ZOOM_STEP: f32 = 0.1;

/// Light, dark, or whatever the desktop uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];

    pub fn label(self) -> &'static str {
        match self {
            ThemeChoice::System => "System theme",
            ThemeChoice::Light => "Light",
            ThemeChoice::Dark => "Dark",
        }
    }
}

/// The settings that are saved. `#[serde(default)]`: a field added later,
/// or missing from an old file, takes its default instead of failing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedState {
    pub theme: ThemeChoice,
    /// egui zoom factor, within [`MIN_ZOOM`]..=[`MAX_ZOOM`].
    pub zoom: f32,
    /// Searches that led to a page, newest first, at most [`MAX_RECENT`].
    pub recent_searches: Vec<String>,
    /// Generic names of favourite medicines, in the order they were added.
    pub favourites: Vec<String>,
    /// Which name of a medicine comes first. `None` until chosen: the first
    /// start takes it from the system locale.
    pub names: Option<NameStyle>,
    /// The pharmacy's name and address, printed at the top of the handout.
    pub pharmacy_name: String,
    pub pharmacy_address: String,
}

impl Default for SavedState {
    fn default() -> Self {
        SavedState {
            theme: ThemeChoice::System,
            zoom: 1.0,
            recent_searches: Vec::new(),
            favourites: Vec::new(),
            names: None,
            pharmacy_name: String::new(),
            pharmacy_address: String::new(),
        }
    }
}

/// Why saved settings were not used.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsNotice(pub String);

impl SavedState {
    /// Parses saved settings (RON, as eframe stores them), then brings
    /// out-of-range values back within limits.
    pub fn from_ron(text: &str) -> Result<SavedState, ron::error::SpannedError> {
        ron::from_str::<SavedState>(text).map(SavedState::sanitised)
    }

    pub fn to_ron(&self) -> String {
        ron::ser::to_string(self).expect("plain data always serialises")
    }

    /// The saved settings in `storage`, or the defaults: when there is no
    /// storage or nothing saved, silently; when what is saved cannot be
    /// read, with a notice saying so.
    pub fn load(storage: Option<&dyn eframe::Storage>) -> (SavedState, Option<SettingsNotice>) {
        let Some(text) = storage.and_then(|s| s.get_string(STORAGE_KEY)) else {
            return (SavedState::default(), None);
        };
        match SavedState::from_ron(&text) {
            Ok(state) => (state, None),
            Err(e) => (
                SavedState::default(),
                Some(SettingsNotice(format!(
                    "Saved settings could not be read ({e}); using the defaults."
                ))),
            ),
        }
    }

    /// The pharmacy's details for the handout.
    pub fn pharmacy(&self) -> crate::check::Pharmacy {
        crate::check::Pharmacy {
            name: self.pharmacy_name.clone(),
            address: self.pharmacy_address.clone(),
        }
    }

    /// The naming convention in force: the one chosen, else US names.
    pub fn name_style(&self) -> NameStyle {
        self.names.unwrap_or_default()
    }

    /// At first start (nothing chosen yet), the style the locale suggests.
    pub fn with_locale(mut self, locale: Option<&str>) -> Self {
        if self.names.is_none() {
            self.names = locale.and_then(NameStyle::from_locale);
        }
        self
    }

    pub fn store(&self, storage: &mut dyn eframe::Storage) {
        storage.set_string(STORAGE_KEY, self.to_ron());
    }

    /// Puts a search first in the recent list (once), dropping the oldest.
    pub fn remember_search(&mut self, query: &str) {
        let query = query.trim();
        if query.is_empty() {
            return;
        }
        self.recent_searches
            .retain(|q| !q.eq_ignore_ascii_case(query));
        self.recent_searches.insert(0, query.to_owned());
        self.recent_searches.truncate(MAX_RECENT);
    }

    pub fn is_favourite(&self, generic: &str) -> bool {
        self.favourites.iter().any(|f| f == generic)
    }

    pub fn toggle_favourite(&mut self, generic: &str) {
        if self.is_favourite(generic) {
            self.favourites.retain(|f| f != generic);
        } else {
            self.favourites.push(generic.to_owned());
        }
    }

    /// Changes the zoom by `steps` [`ZOOM_STEP`]s, within limits, rounded
    /// to a tenth so repeated steps do not drift.
    pub fn zoom_by(&mut self, steps: i32) {
        let z = self.zoom + ZOOM_STEP * steps as f32;
        self.zoom = ((z * 10.0).round() / 10.0).clamp(MIN_ZOOM, MAX_ZOOM);
    }

    fn sanitised(mut self) -> SavedState {
        self.zoom = if self.zoom.is_finite() {
            self.zoom.clamp(MIN_ZOOM, MAX_ZOOM)
        } else {
            1.0
        };
        for field in [&mut self.pharmacy_name, &mut self.pharmacy_address] {
            if field.chars().count() > MAX_PHARMACY_CHARS {
                *field = field.chars().take(MAX_PHARMACY_CHARS).collect();
            }
        }
        self.recent_searches.retain(|q| !q.trim().is_empty());
        self.recent_searches.truncate(MAX_RECENT);
        let mut seen = Vec::new();
        self.favourites.retain(|f| {
            let fresh = !seen.contains(f);
            seen.push(f.clone());
            fresh
        });
        self
    }
}
