//! Which name of a medicine comes first: the UK name (salbutamol,
//! paracetamol), the US name (albuterol, acetaminophen) or the INN. The
//! other name follows in brackets wherever there is room. Generic keys in
//! the JSON interface keep their US values; this decides what people read.

use serde::{Deserialize, Serialize};

use super::{Dataset, DrugId, NameTarget};

/// The naming convention a pharmacist works in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NameStyle {
    /// BNF names (BANs): salbutamol, paracetamol, adrenaline.
    Uk,
    /// US names (USANs): albuterol, acetaminophen, epinephrine.
    #[default]
    Us,
    /// WHO recommended INNs: salbutamol, paracetamol, epinephrine.
    Intl,
}

impl NameStyle {
    pub const ALL: [NameStyle; 3] = [NameStyle::Uk, NameStyle::Us, NameStyle::Intl];

    /// The stable word used on the command line and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            NameStyle::Uk => "uk",
            NameStyle::Us => "us",
            NameStyle::Intl => "intl",
        }
    }

    /// The word read back: `uk`, `us` or `intl`.
    pub fn parse(word: &str) -> Option<NameStyle> {
        NameStyle::ALL.into_iter().find(|s| s.as_str() == word)
    }

    /// What the setting is called on screen.
    pub fn label(self) -> &'static str {
        match self {
            NameStyle::Uk => "UK names (BNF)",
            NameStyle::Us => "US names",
            NameStyle::Intl => "International names (INN)",
        }
    }

    /// The style a locale tag suggests ("en_GB.UTF-8", "en-US"): UK and
    /// Ireland give UK names, the US gives US names, any other region the
    /// INN; no region, no suggestion.
    pub fn from_locale(locale: &str) -> Option<NameStyle> {
        let tag = locale.split(['.', '@']).next().unwrap_or("");
        let region = tag.split(['_', '-']).nth(1)?;
        Some(match region.to_ascii_uppercase().as_str() {
            "GB" | "UK" | "IE" => NameStyle::Uk,
            "US" => NameStyle::Us,
            _ => NameStyle::Intl,
        })
    }
}

impl Dataset {
    /// The name a drug is shown by in `style`.
    pub fn drug_name(&self, id: DrugId, style: NameStyle) -> &str {
        let d = self.drug(id);
        match style {
            NameStyle::Us => &d.generic,
            NameStyle::Uk => d.uk_name.as_deref().unwrap_or(&d.generic),
            NameStyle::Intl => d.inn.as_deref().unwrap_or(&d.generic),
        }
    }

    /// The drug's other common name, when it differs from the one shown in
    /// `style`: the US name under UK or INN names, the UK name under US ones.
    pub fn drug_other_name(&self, id: DrugId, style: NameStyle) -> Option<&str> {
        let shown = self.drug_name(id, style);
        let other = match style {
            NameStyle::Us => self.drug_name(id, NameStyle::Uk),
            NameStyle::Uk | NameStyle::Intl => &self.drug(id).generic,
        };
        (other != shown).then_some(other)
    }

    /// The shown name with the other in brackets: "salbutamol (albuterol)".
    pub fn drug_label(&self, id: DrugId, style: NameStyle) -> String {
        let shown = self.drug_name(id, style);
        match self.drug_other_name(id, style) {
            Some(other) => format!("{shown} ({other})"),
            None => shown.to_owned(),
        }
    }

    /// The name a medicine, product or class is shown by in `style`.
    pub fn display_name(&self, target: NameTarget, style: NameStyle) -> &str {
        match target {
            NameTarget::Drug(d) => self.drug_name(d, style),
            t => self.target_name(t),
        }
    }

    /// [`Dataset::display_name`] with a drug's other name in brackets.
    pub fn display_label(&self, target: NameTarget, style: NameStyle) -> String {
        match target {
            NameTarget::Drug(d) => self.drug_label(d, style),
            t => self.target_name(t).to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::NameStyle;

    #[test]
    fn locales_suggest_a_style() {
        let cases = [
            ("en_GB.UTF-8", Some(NameStyle::Uk)),
            ("en-GB", Some(NameStyle::Uk)),
            ("en_IE", Some(NameStyle::Uk)),
            ("en_US.UTF-8", Some(NameStyle::Us)),
            ("en-us", Some(NameStyle::Us)),
            ("de_DE.UTF-8@euro", Some(NameStyle::Intl)),
            ("C", None),
            ("en", None),
            ("", None),
        ];
        for (locale, want) in cases {
            assert_eq!(NameStyle::from_locale(locale), want, "{locale}");
        }
    }

    #[test]
    fn words_round_trip() {
        for s in NameStyle::ALL {
            assert_eq!(NameStyle::parse(s.as_str()), Some(s));
        }
        assert_eq!(NameStyle::parse("UK"), None);
    }
}
