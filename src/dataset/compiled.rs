//! The compiled form of a validated dataset: the [`Dataset`] exactly as the
//! validator assembled it (content, names, indexes, look-alike partners),
//! written with postcard. build.rs compiles `data/*.ron` into the binary
//! this way, and an imported update is compiled the same way when it is
//! installed, so that a start decodes bytes instead of parsing and
//! validating RON. Decoding does not validate: only bytes that this code
//! wrote from a validated dataset may be decoded (the built-in bytes, or an
//! installed copy whose checksum and format id match).
//!
//! Why postcard: its wire format is specified and stable across 1.x, it is
//! plain serde (no schema language or code generation), compact (varint
//! integers, length-prefixed strings) and small (one dependency, `cobs`).
//! bincode would do as well technically, but its 2.x line changed API and
//! its development has since stopped; postcard is the well-kept choice.
//! Neither describes itself, which is why a compiled copy is tied to the
//! code that wrote it (see `store`), and why signed updates carry RON.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::look_alikes::LookAlikes;
use super::model::*;
use super::{ClassId, Dataset, Date, DrugId, NameEntry};

/// Every field of a [`Dataset`] but its load warnings (a compiled dataset
/// was validated when it was compiled; how fresh it is today is asked of
/// [`Dataset::review_overdue`]). Private, so that only this module turns
/// bytes into a `Dataset`: `Dataset` itself is not `Deserialize`.
#[derive(Serialize, Deserialize)]
struct Compiled {
    metadata: Metadata,
    reviewed: Date,
    sources: Vec<Source>,
    classes: Vec<DrugClass>,
    drugs: Vec<Drug>,
    products: Vec<Product>,
    other_causes: Vec<OtherCause>,
    red_flags: Vec<RedFlag>,
    potassium_foods: Vec<PotassiumFood>,
    risk_rules: Vec<RiskRule>,
    interactions: Vec<Interaction>,
    reference_ranges: Vec<ReferenceRange>,
    kidney_thresholds: Vec<KidneyThreshold>,
    patient_advice: Vec<PatientAdvice>,
    falls_risk_classes: Vec<FallsRiskClass>,
    anticholinergic_scores: Vec<AnticholinergicScore>,
    verbatim_repeats: usize,
    names: Vec<NameEntry>,
    #[serde(with = "sorted_map")]
    name_index: HashMap<String, usize>,
    #[serde(with = "sorted_map")]
    source_index: HashMap<String, usize>,
    #[serde(with = "sorted_map")]
    class_index: HashMap<String, ClassId>,
    #[serde(with = "sorted_map")]
    drug_index: HashMap<String, DrugId>,
    look_alikes: LookAlikes,
}

/// Why compiled bytes could not be decoded: they were not written by this
/// code from a dataset (damaged, cut short, or from another build).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompiledError {
    pub reason: String,
}

impl std::fmt::Display for CompiledError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the compiled dataset cannot be read: {}", self.reason)
    }
}

impl std::error::Error for CompiledError {}

/// The compiled bytes of a validated dataset. The same dataset always gives
/// the same bytes (maps are written sorted by key), so the built-in
/// dataset's hash names its content.
pub fn encode(dataset: &Dataset) -> Vec<u8> {
    let Dataset {
        metadata,
        reviewed,
        sources,
        classes,
        drugs,
        products,
        other_causes,
        red_flags,
        potassium_foods,
        risk_rules,
        interactions,
        reference_ranges,
        kidney_thresholds,
        patient_advice,
        falls_risk_classes,
        anticholinergic_scores,
        warnings: _,
        verbatim_repeats,
        names,
        name_index,
        source_index,
        class_index,
        drug_index,
        look_alikes,
    } = dataset.clone();
    let compiled = Compiled {
        metadata,
        reviewed,
        sources,
        classes,
        drugs,
        products,
        other_causes,
        red_flags,
        potassium_foods,
        risk_rules,
        interactions,
        reference_ranges,
        kidney_thresholds,
        patient_advice,
        falls_risk_classes,
        anticholinergic_scores,
        verbatim_repeats,
        names,
        name_index,
        source_index,
        class_index,
        drug_index,
        look_alikes,
    };
    postcard::to_stdvec(&compiled).expect("a dataset always serialises")
}

/// The dataset that [`encode`] wrote. Does not validate: see the module
/// documentation for which bytes may be decoded.
pub fn decode(bytes: &[u8]) -> Result<Dataset, CompiledError> {
    let (compiled, rest): (Compiled, &[u8]) =
        postcard::take_from_bytes(bytes).map_err(|e| CompiledError {
            reason: e.to_string(),
        })?;
    if !rest.is_empty() {
        return Err(CompiledError {
            reason: format!("{} bytes follow the dataset", rest.len()),
        });
    }
    let Compiled {
        metadata,
        reviewed,
        sources,
        classes,
        drugs,
        products,
        other_causes,
        red_flags,
        potassium_foods,
        risk_rules,
        interactions,
        reference_ranges,
        kidney_thresholds,
        patient_advice,
        falls_risk_classes,
        anticholinergic_scores,
        verbatim_repeats,
        names,
        name_index,
        source_index,
        class_index,
        drug_index,
        look_alikes,
    } = compiled;
    Ok(Dataset {
        metadata,
        reviewed,
        sources,
        classes,
        drugs,
        products,
        other_causes,
        red_flags,
        potassium_foods,
        risk_rules,
        interactions,
        reference_ranges,
        kidney_thresholds,
        patient_advice,
        falls_risk_classes,
        anticholinergic_scores,
        warnings: Vec::new(),
        verbatim_repeats,
        names,
        name_index,
        source_index,
        class_index,
        drug_index,
        look_alikes,
    })
}

/// A `HashMap` written as a list of entries sorted by key, so that equal
/// maps give equal bytes, and read back into a `HashMap`.
pub(super) mod sorted_map {
    use std::collections::HashMap;
    use std::hash::Hash;
    use std::marker::PhantomData;

    use serde::de::{SeqAccess, Visitor};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<K, V, S>(map: &HashMap<K, V>, serializer: S) -> Result<S::Ok, S::Error>
    where
        K: Ord + Serialize,
        V: Serialize,
        S: Serializer,
    {
        let mut entries: Vec<(&K, &V)> = map.iter().collect();
        entries.sort_by(|a, b| a.0.cmp(b.0));
        serializer.collect_seq(entries)
    }

    /// Room reserved before reading at most this many entries: the count
    /// written before them sizes the map in one step (the largest map, the
    /// name index, has a few thousand), but damaged bytes must not be able
    /// to ask for any amount of memory before they fail to decode.
    const MAX_RESERVED: usize = 1 << 16;

    /// Reads the entries straight into the map, sized once from their
    /// count, with no list of entries in between. A key written twice
    /// keeps its last value, as collecting a list into a map does.
    pub fn deserialize<'de, K, V, D>(deserializer: D) -> Result<HashMap<K, V>, D::Error>
    where
        K: Eq + Hash + Deserialize<'de>,
        V: Deserialize<'de>,
        D: Deserializer<'de>,
    {
        deserializer.deserialize_seq(Entries(PhantomData))
    }

    struct Entries<K, V>(PhantomData<(K, V)>);

    impl<'de, K, V> Visitor<'de> for Entries<K, V>
    where
        K: Eq + Hash + Deserialize<'de>,
        V: Deserialize<'de>,
    {
        type Value = HashMap<K, V>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a list of map entries")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let reserve = seq.size_hint().unwrap_or(0).min(MAX_RESERVED);
            let mut map = HashMap::with_capacity(reserve);
            while let Some((key, value)) = seq.next_element::<(K, V)>()? {
                map.insert(key, value);
            }
            Ok(map)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::TextFile;

    fn minimal() -> Dataset {
        let text = include_str!("../../tests/data/valid-minimal.ron");
        let file = TextFile {
            name: "valid-minimal.ron".into(),
            text: text.into(),
        };
        Dataset::from_files(&[file], Date::parse_iso("2026-06-01").unwrap()).unwrap()
    }

    #[test]
    fn a_dataset_survives_compiling_unchanged() {
        let ds = minimal();
        let bytes = encode(&ds);
        let back = decode(&bytes).unwrap();
        assert_eq!(encode(&back), bytes, "the same bytes again");
        assert_eq!(back.names(), ds.names());
        assert_eq!(back.metadata().version, ds.metadata().version);
        for entry in ds.names() {
            assert_eq!(back.lookup_name(&entry.name), Some(entry), "{}", entry.name);
        }
        assert!(back.warnings().is_empty());
    }

    #[test]
    fn damaged_bytes_are_refused_not_misread() {
        let bytes = encode(&minimal());
        assert!(decode(&bytes[..bytes.len() / 2]).is_err(), "cut short");
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(decode(&longer).is_err(), "trailing bytes");
    }
}
