//! The accessible names of the window's controls: what a screen reader
//! says and what the tests look controls up by. One place, so a renamed
//! control cannot leave a test looking for the old name.

// Navigation and settings (the shell).
pub const NAV_SEARCH: &str = "Search";
pub const NAV_CLASSES: &str = "Classes";
pub const NAV_DATASET: &str = "Dataset";
pub const NAV_COUNTER_CHECK: &str = "Counter check";
pub const NAV_BACK: &str = "← Back";
pub const THEME_LABEL: &str = "Theme";
pub const NAMES_LABEL: &str = "Names";
pub const ZOOM_OUT_LABEL: &str = "Zoom out";
pub const ZOOM_IN_LABEL: &str = "Zoom in";
pub const ZOOM_RESET_LABEL: &str = "Reset zoom";
pub const DISMISS_LABEL: &str = "Dismiss";

// Search.
pub const SEARCH_LABEL: &str = "Search medicines";

// A medicine's page.
pub const ADD_TO_CHECK_LABEL: &str = "Add to counter check";

// Classes.
pub const FILTER_ALL_LABEL: &str = "All classes";

// Counter check.
pub const CHECK_ADD_LABEL: &str = "Add a medicine";
pub const CHECK_PASTE_LABEL: &str = "Paste a medicine list";
pub const CHECK_PASTE_BUTTON: &str = "Add the pasted list";
pub const CHECK_CLEAR_BUTTON: &str = "Clear the list";
pub const CHECK_COPY_BUTTON: &str = "Copy summary";
pub const CHECK_SAVE_PATH_LABEL: &str = "Save summary to file";
pub const CHECK_SAVE_BUTTON: &str = "Save summary";
pub const CHECK_SAVE_AS_BUTTON: &str = "Save summary as…";
pub const CHECK_PRINT_BUTTON: &str = "Print…";
pub const CHECK_OPEN_LIST_BUTTON: &str = "Open a medicine list…";
pub const PHARMACY_NAME_LABEL: &str = "Pharmacy name";
pub const PHARMACY_ADDRESS_LABEL: &str = "Pharmacy address";
pub const OVERWRITE_YES: &str = "Replace it";
pub const OVERWRITE_NO: &str = "Keep the old file";

// The dataset page.
pub const OPEN_DATASET_BUTTON: &str = "Open another dataset…";
pub const IMPORT_UPDATE_BUTTON: &str = "Import data update…";
/// The heading that opens every note, the balance and the complaint in
/// full under the answer.
pub const CHECK_DETAILS_HEADING: &str =
    "Details: every note with its sources, the balance, the complaint";
pub const PATIENT_AGE_LABEL: &str = "Age";
pub const PATIENT_EGFR_LABEL: &str = "eGFR";
pub const PATIENT_POTASSIUM_LABEL: &str = "Last K⁺";
pub const PATIENT_SODIUM_LABEL: &str = "Last Na⁺";
pub const PATIENT_PREGNANT_LABEL: &str = "Pregnant";
pub const PATIENT_BREASTFEEDING_LABEL: &str = "Breastfeeding";
pub const PATIENT_ON_HANDOUT_LABEL: &str = "Include on the handout";
pub const CHECK_NO_COMPLAINT: &str = "No particular complaint";
