//! Risk aggregation over a patient's medicine list: potassium balance, which
//! medicines explain a symptom, red flags. No egui here.

use crate::dataset::{Dataset, DrugId, PotassiumDirection};

/// The net potassium direction of a list of medicines: `Mixed` when some
/// lower and others raise it (they do not cancel: check a level).
pub fn potassium_balance(dataset: &Dataset, drugs: &[DrugId]) -> PotassiumDirection {
    let dirs: Vec<PotassiumDirection> = drugs.iter().map(|&d| dataset.potassium_of(d)).collect();
    let lowers = dirs
        .iter()
        .any(|d| matches!(d, PotassiumDirection::Lowers | PotassiumDirection::Mixed));
    let raises = dirs
        .iter()
        .any(|d| matches!(d, PotassiumDirection::Raises | PotassiumDirection::Mixed));
    PotassiumDirection::combine(lowers, raises)
}
