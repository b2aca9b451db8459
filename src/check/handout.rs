//! The patient summary as a printable page: one self-contained HTML file
//! with its style inline, no scripts, nothing fetched from anywhere, laid
//! out for A4 or Letter paper. Every text is escaped, whether it comes from
//! the dataset or from the pharmacy's own details.

use std::fmt::Write;

use super::summary::{DO_NOT_STOP, PatientSummary, headings};

/// The pharmacy's details printed at the top of the handout (a setting in
/// the window; `--pharmacy` and `--pharmacy-address` on the command line).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pharmacy {
    pub name: String,
    /// Lines of the address, as typed; line breaks are kept.
    pub address: String,
}

impl Pharmacy {
    fn is_empty(&self) -> bool {
        self.name.trim().is_empty() && self.address.trim().is_empty()
    }
}

/// The print style: readable type, black on white, and no page break
/// inside a list item or the foods table.
const STYLE: &str = "\
body{font-family:\"DejaVu Sans\",Arial,Helvetica,sans-serif;font-size:9pt;line-height:1.17;\
color:#000;background:#fff;max-width:52em;margin:1.5em auto;padding:0 1em}\
h1{font-size:14pt;margin:0 0 .2em}h2{font-size:10.5pt;margin:.5em 0 .15em;border-bottom:1px solid #999}\
h3{font-size:9pt;margin:.4em 0 .1em}p{margin:.3em 0}\
.pharmacy{border-bottom:2px solid #000;margin-bottom:.6em;padding-bottom:.3em}\
.pharmacy .name{font-weight:bold;font-size:12pt}.pharmacy .address{white-space:pre-line}\
ul{padding-left:1.2em;margin:.2em 0}li{margin:.05em 0}\
.cols{column-count:2;column-gap:2em}\
.foods{margin:.2em 0}\
.help{border:2px solid #000;padding:0 .7em .3em;margin-top:.6em;font-size:8.5pt}.help h2{border:none}\
.footer{margin-top:.3em;font-size:7.5pt;color:#333}\
@page{size:auto;margin:10mm}@media print{body{margin:0;max-width:none;padding:0}}";

/// Text made safe for HTML: the five characters with a meaning there are
/// written as entities.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

impl PatientSummary {
    /// The summary as one printable HTML page, with the pharmacy's details
    /// when given.
    pub fn html(&self, pharmacy: Option<&Pharmacy>) -> String {
        use headings::*;
        let e = escape_html;
        let mut h = String::new();
        let _ = write!(
            h,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n\
             <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
            e(TITLE)
        );
        if let Some(p) = pharmacy.filter(|p| !p.is_empty()) {
            let _ = writeln!(
                h,
                "<div class=\"pharmacy\"><div class=\"name\">{}</div><div class=\"address\">{}</div></div>",
                e(p.name.trim()),
                e(p.address.trim())
            );
        }
        let _ = writeln!(h, "<h1>{}</h1>", e(TITLE));
        if self.medicines.is_empty() {
            let _ = writeln!(h, "<p>{}</p>", e(NONE_RECOGNISED));
        } else {
            let _ = writeln!(
                h,
                "<p>Medicines checked: <strong>{}</strong>.</p>",
                e(&self.medicines.join(", "))
            );
        }
        if !self.patient.is_empty() {
            let _ = writeln!(h, "<p>{}: {}.</p>", e(PATIENT), e(&self.patient.join("; ")));
        }
        let list = |h: &mut String, title: &str, items: Vec<String>| {
            if items.is_empty() {
                return;
            }
            let _ = writeln!(h, "<h2>{}</h2>\n<ul class=\"cols\">", e(title));
            for item in items {
                let _ = writeln!(h, "<li>{item}</li>");
            }
            let _ = writeln!(h, "</ul>");
        };
        list(&mut h, AFFECT, self.watch.iter().map(|l| e(l)).collect());
        // One item per medicine, its lines run together: the page stays one.
        let mut per_drug: Vec<(&str, Vec<&str>)> = Vec::new();
        for (drug, line) in &self.know {
            match per_drug.iter_mut().find(|(d, _)| d == drug) {
                Some((_, lines)) => lines.push(line),
                None => per_drug.push((drug, vec![line])),
            }
        }
        list(
            &mut h,
            KNOW,
            per_drug
                .iter()
                .map(|(drug, lines)| {
                    let text: Vec<String> = lines.iter().map(|l| e(l)).collect();
                    format!("<strong>{}</strong>: {}", e(drug), text.join(" "))
                })
                .collect(),
        );
        if !self.foods.is_empty() {
            let foods: Vec<String> = self
                .foods
                .iter()
                .map(|f| format!("{} ({}): {} mg", e(&f.food), e(&f.serving), f.potassium_mg))
                .collect();
            let _ = writeln!(
                h,
                "<h2>{}</h2>\n<p class=\"foods\">{}.</p>",
                e(FOODS),
                foods.join("; ")
            );
        }
        if let Some(advice) = self.potassium_advice {
            let _ = writeln!(h, "<h2>{}</h2>\n<p>{}</p>", e(POTASSIUM), e(advice));
        }
        for (heading, lines) in &self.advice {
            let _ = writeln!(h, "<h2>{}</h2>\n<ul>", e(heading));
            for line in lines {
                let _ = writeln!(h, "<li>{}</li>", e(line));
            }
            let _ = writeln!(h, "</ul>");
        }
        if !self.red_flags.is_empty() {
            // One page: the signs, grouped under what to do; the full
            // action for each sign is in the pharmacist's view and in the
            // Markdown and text summaries.
            let _ = writeln!(h, "<div class=\"help\">\n<h2>{}</h2>", e(HELP));
            let mut urgencies: Vec<_> = self.red_flags.iter().map(|f| f.urgency).collect();
            urgencies.dedup();
            for urgency in urgencies {
                let _ = writeln!(
                    h,
                    "<h3>{}:</h3>\n<ul class=\"cols\">",
                    e(urgency.patient_heading())
                );
                for f in self.red_flags.iter().filter(|f| f.urgency == urgency) {
                    let _ = writeln!(h, "<li>{}</li>", e(&f.sign));
                }
                let _ = writeln!(h, "</ul>");
            }
            let _ = writeln!(h, "</div>");
        }
        let _ = writeln!(h, "<p><strong>{}</strong></p>", e(DO_NOT_STOP));
        let _ = writeln!(
            h,
            "<p class=\"footer\">{} {}</p>\n</body>\n</html>",
            e(&self.dataset_line),
            e(&self.disclaimer)
        );
        h
    }
}

#[cfg(test)]
mod tests {
    use super::escape_html;

    #[test]
    fn the_five_html_characters_are_escaped() {
        assert_eq!(
            escape_html(r#"<b>"K" & 'Na'</b>"#),
            "&lt;b&gt;&quot;K&quot; &amp; &#39;Na&#39;&lt;/b&gt;"
        );
        assert_eq!(escape_html("plain"), "plain");
    }
}
