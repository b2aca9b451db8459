//! What the pharmacist knows about the patient at the counter: age, kidney
//! function, pregnancy, breastfeeding, a last potassium or sodium. All
//! optional and never stored. Each value is read and checked here, so the
//! command line and the window refuse the same impossible values in the same
//! words. No egui here.

use std::fmt;

use crate::dataset::Date;

/// Age in years, or the band the pharmacist knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Age {
    Years(u32),
    Band(AgeBand),
}

impl Age {
    /// The youngest the patient can be: the years given, or the band's
    /// lower bound (0 under 65). An age rule "65 or over" holds when this
    /// reaches 65.
    pub fn youngest(self) -> u32 {
        match self {
            Age::Years(y) => y,
            Age::Band(AgeBand::Under65) => 0,
            Age::Band(AgeBand::From65To74) => 65,
            Age::Band(AgeBand::From75) => 75,
        }
    }
}

/// The age bands a pharmacist can give without the exact age.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgeBand {
    Under65,
    From65To74,
    From75,
}

/// Kidney function: an eGFR in mL/min/1.73m², or a CKD stage.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kidney {
    Egfr(f64),
    Stage(CkdStage),
}

/// The KDIGO eGFR categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CkdStage {
    G1,
    G2,
    G3a,
    G3b,
    G4,
    G5,
}

/// A last blood result, with the date it was taken when known.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LastResult {
    /// mmol/L (the same number in mEq/L for potassium and sodium).
    pub value: f64,
    pub date: Option<Date>,
}

/// Everything entered about the patient. Empty by default: the check then
/// answers for the list alone.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PatientContext {
    pub age: Option<Age>,
    pub kidney: Option<Kidney>,
    pub pregnant: bool,
    pub breastfeeding: bool,
    pub potassium: Option<LastResult>,
    pub sodium: Option<LastResult>,
}

/// Which input a value was given for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Age,
    Kidney,
    Potassium,
    Sodium,
}

impl Input {
    /// The command-line flag that takes it.
    pub fn flag(self) -> &'static str {
        match self {
            Input::Age => "--age",
            Input::Kidney => "--egfr",
            Input::Potassium => "--potassium",
            Input::Sodium => "--sodium",
        }
    }

    /// What a valid value looks like.
    fn expected(self) -> &'static str {
        match self {
            Input::Age => {
                "an age in whole years from 0 to 120, or a band: under-65, 65-74 or 75-plus"
            }
            Input::Kidney => {
                "an eGFR from 0 to 200 mL/min/1.73m², or a CKD stage G1, G2, G3a, G3b, G4 or G5"
            }
            Input::Potassium => {
                "a serum potassium from 1.0 to 10.0 mmol/L, optionally with its date: 5.6@2026-11-30"
            }
            Input::Sodium => {
                "a serum sodium from 90 to 200 mmol/L, optionally with its date: 128@2026-11-30"
            }
        }
    }
}

/// A value that cannot be a patient's: the usage error the command line
/// reports with exit status 2, and the window shows beside the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContextError {
    pub input: Input,
    /// What was given, as typed.
    pub given: String,
}

impl ContextError {
    /// The message with the input called `name` ("eGFR" in the window).
    pub fn message(&self, name: &str) -> String {
        format!(
            "{name} {:?} is not possible: give {}",
            self.given,
            self.input.expected()
        )
    }
}

impl fmt::Display for ContextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(self.input.flag()))
    }
}

impl std::error::Error for ContextError {}

/// The most years an age may be.
const MAX_AGE: u32 = 120;

fn error(input: Input, given: &str) -> ContextError {
    ContextError {
        input,
        given: given.to_owned(),
    }
}

/// Reads an age: whole years, or a band.
pub fn parse_age(text: &str) -> Result<Age, ContextError> {
    let t = text.trim().to_lowercase();
    let band = match t.as_str() {
        "under-65" | "under 65" | "<65" => Some(AgeBand::Under65),
        "65-74" | "65 to 74" => Some(AgeBand::From65To74),
        "75-plus" | "75+" | "75 plus" | "75 and over" => Some(AgeBand::From75),
        _ => None,
    };
    if let Some(b) = band {
        return Ok(Age::Band(b));
    }
    match t.parse::<u32>() {
        Ok(y) if y <= MAX_AGE => Ok(Age::Years(y)),
        _ => Err(error(Input::Age, text)),
    }
}

/// Reads kidney function: an eGFR, or a CKD stage ("G4", "3b").
pub fn parse_kidney(text: &str) -> Result<Kidney, ContextError> {
    let t = text.trim().to_lowercase();
    let stage = match t.trim_start_matches("ckd").trim().trim_start_matches('g') {
        "1" => Some(CkdStage::G1),
        "2" => Some(CkdStage::G2),
        "3a" => Some(CkdStage::G3a),
        "3b" => Some(CkdStage::G3b),
        "4" => Some(CkdStage::G4),
        "5" => Some(CkdStage::G5),
        _ => None,
    };
    if t.starts_with('g') || t.starts_with("ckd") || t.ends_with('a') || t.ends_with('b') {
        return stage
            .map(Kidney::Stage)
            .ok_or_else(|| error(Input::Kidney, text));
    }
    match t.parse::<f64>() {
        Ok(v) if (0.0..=200.0).contains(&v) => Ok(Kidney::Egfr(v)),
        _ => Err(error(Input::Kidney, text)),
    }
}

/// Reads a last potassium or sodium: "5.6" or "5.6@2026-11-30".
pub fn parse_result(input: Input, text: &str) -> Result<LastResult, ContextError> {
    let (value, date) = match text.trim().split_once('@') {
        Some((v, d)) => (v, Some(d)),
        None => (text.trim(), None),
    };
    let range = match input {
        Input::Potassium => 1.0..=10.0,
        Input::Sodium => 90.0..=200.0,
        Input::Age | Input::Kidney => return Err(error(input, text)),
    };
    let value = value
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|v| range.contains(v))
        .ok_or_else(|| error(input, text))?;
    let date = match date {
        None => None,
        Some(d) => Some(Date::parse_iso(d.trim()).ok_or_else(|| error(input, text))?),
    };
    Ok(LastResult { value, date })
}

impl Age {
    /// Whether the patient is at least `years` old, as far as the band
    /// tells (a band that straddles it does not count).
    pub fn at_least(self, years: u32) -> bool {
        match self {
            Age::Years(y) => y >= years,
            Age::Band(AgeBand::Under65) => false,
            Age::Band(AgeBand::From65To74) => years <= 65,
            Age::Band(AgeBand::From75) => years <= 75,
        }
    }

    /// "84 years", "75 and over".
    pub fn label(self) -> String {
        match self {
            Age::Years(y) => format!("{y} years"),
            Age::Band(AgeBand::Under65) => "under 65".into(),
            Age::Band(AgeBand::From65To74) => "65 to 74".into(),
            Age::Band(AgeBand::From75) => "75 and over".into(),
        }
    }

    /// The word in JSON: the years, or the band.
    pub fn as_json_word(self) -> String {
        match self {
            Age::Years(y) => y.to_string(),
            Age::Band(AgeBand::Under65) => "under-65".into(),
            Age::Band(AgeBand::From65To74) => "65-74".into(),
            Age::Band(AgeBand::From75) => "75-plus".into(),
        }
    }
}

impl CkdStage {
    /// The eGFR range of the stage, [low, high).
    pub fn range(self) -> (f64, f64) {
        match self {
            CkdStage::G1 => (90.0, f64::INFINITY),
            CkdStage::G2 => (60.0, 90.0),
            CkdStage::G3a => (45.0, 60.0),
            CkdStage::G3b => (30.0, 45.0),
            CkdStage::G4 => (15.0, 30.0),
            CkdStage::G5 => (0.0, 15.0),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            CkdStage::G1 => "G1",
            CkdStage::G2 => "G2",
            CkdStage::G3a => "G3a",
            CkdStage::G3b => "G3b",
            CkdStage::G4 => "G4",
            CkdStage::G5 => "G5",
        }
    }
}

impl Kidney {
    /// Whether kidney function is surely below `threshold`: an eGFR under
    /// it, or a stage whose whole range is.
    pub fn below(self, threshold: f64) -> bool {
        match self {
            Kidney::Egfr(v) => v < threshold,
            Kidney::Stage(s) => s.range().1 <= threshold,
        }
    }

    /// "eGFR 25 mL/min/1.73m²", "CKD stage G4 (eGFR 15-29)".
    pub fn label(self) -> String {
        match self {
            Kidney::Egfr(v) => format!("eGFR {v} mL/min/1.73m²"),
            Kidney::Stage(s) => {
                let (low, high) = s.range();
                if high.is_finite() {
                    format!("CKD stage {} (eGFR {low}-{})", s.as_str(), high - 1.0)
                } else {
                    format!("CKD stage {} (eGFR {low} or more)", s.as_str())
                }
            }
        }
    }
}

impl PatientContext {
    /// Whether nothing was entered: the answer is then the list's alone,
    /// word for word.
    pub fn is_empty(&self) -> bool {
        *self == PatientContext::default()
    }

    /// What was entered, a phrase each: "84 years", "eGFR 25
    /// mL/min/1.73m²", "potassium 6.1 mmol/L on 2026-11-30".
    pub fn describe(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(a) = self.age {
            out.push(a.label());
        }
        if let Some(k) = self.kidney {
            out.push(k.label());
        }
        if self.pregnant {
            out.push("pregnant".into());
        }
        if self.breastfeeding {
            out.push("breastfeeding".into());
        }
        for (noun, r) in [("potassium", self.potassium), ("sodium", self.sodium)] {
            if let Some(r) = r {
                let date = r.date.map(|d| format!(" on {d}")).unwrap_or_default();
                out.push(format!("last {noun} {} mmol/L{date}", r.value));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_values_are_refused_and_say_which_input() {
        let cases: &[(Input, &str)] = &[
            (Input::Age, "400"),
            (Input::Age, "-3"),
            (Input::Age, "old"),
            (Input::Kidney, "-3"),
            (Input::Kidney, "900"),
            (Input::Kidney, "G7"),
            (Input::Potassium, "60"),
            (Input::Potassium, "0.2"),
            (Input::Potassium, "5.6@yesterday"),
            (Input::Sodium, "12"),
        ];
        for (input, text) in cases {
            let e = match input {
                Input::Age => parse_age(text).unwrap_err(),
                Input::Kidney => parse_kidney(text).unwrap_err(),
                _ => parse_result(*input, text).unwrap_err(),
            };
            assert_eq!(e.input, *input, "{text}");
            assert!(e.to_string().starts_with(input.flag()), "{e}");
        }
    }

    #[test]
    fn possible_values_are_read() {
        assert_eq!(parse_age("84"), Ok(Age::Years(84)));
        assert_eq!(parse_age("75-plus"), Ok(Age::Band(AgeBand::From75)));
        assert_eq!(parse_kidney("25"), Ok(Kidney::Egfr(25.0)));
        assert_eq!(parse_kidney("G3b"), Ok(Kidney::Stage(CkdStage::G3b)));
        assert_eq!(parse_kidney("3a"), Ok(Kidney::Stage(CkdStage::G3a)));
        let k = parse_result(Input::Potassium, "6.1@2026-11-30").unwrap();
        assert_eq!(k.value, 6.1);
        assert_eq!(k.date, Date::parse_iso("2026-11-30"));
    }

    #[test]
    fn a_stage_is_below_a_threshold_only_when_all_of_it_is() {
        assert!(Kidney::Stage(CkdStage::G4).below(30.0));
        assert!(!Kidney::Stage(CkdStage::G3b).below(30.0));
        assert!(Kidney::Stage(CkdStage::G3b).below(45.0));
        assert!(Kidney::Egfr(29.9).below(30.0));
        assert!(!Kidney::Egfr(30.0).below(30.0));
        assert!(Age::Band(AgeBand::From75).at_least(65));
        assert!(!Age::Band(AgeBand::From65To74).at_least(75));
    }
}
