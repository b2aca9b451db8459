//! `medrisk search`: every medicine, product and class a query could mean,
//! best first, with how each matched; nothing silently corrected.

use std::io::Write;

use super::json::search::{HitJson, NearestJson, SearchJson};
use super::json::{self, name_kind_word, target_type};
use super::{EXIT_NOT_FOUND, EXIT_OK};
use crate::dataset::{Dataset, NameStyle};
use crate::search::{Index, MAX_QUERY_CHARS};

/// How to print the result.
pub enum View {
    Text,
    /// An array of hits (`[]` when nothing matched).
    Json,
    /// `{query, searched, hits, nearest}`.
    JsonWithNearest,
}

pub fn run(
    ds: &Dataset,
    query: &str,
    view: View,
    limit: usize,
    style: NameStyle,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let index = super::for_the_process(Index::new(ds));
    let result = index.lookup(query, limit);
    let hits: Vec<HitJson<'_>> = match view {
        View::Text => Vec::new(),
        _ => result
            .hits
            .iter()
            .map(|h| HitJson::of(ds, h, style))
            .collect(),
    };
    match view {
        View::Json => json::print_line(out, &hits),
        View::JsonWithNearest => {
            let nearest = result
                .nearest
                .iter()
                .map(|s| NearestJson::of(ds, s, style))
                .collect();
            json::print(
                out,
                &SearchJson::new(query, &result.searched, hits, nearest),
            );
        }
        View::Text if result.hits.is_empty() => {
            let _ = writeln!(err, "medrisk: no medicine or class matches \"{query}\"");
            if !result.nearest.is_empty() {
                let names: Vec<String> = result
                    .nearest
                    .iter()
                    .take(limit)
                    .map(|s| s.name.clone())
                    .collect();
                let _ = writeln!(err, "nearest names: {}", names.join(", "));
            }
        }
        View::Text => {
            if result.truncated {
                let _ = writeln!(out, "(query cut to its first {MAX_QUERY_CHARS} characters)");
            }
            for h in &result.hits {
                let name = ds.display_label(h.target, style);
                let mut line = format!("{name:<24} {}", target_type(ds, h.target));
                if h.matched != ds.display_name(h.target, style) {
                    line.push_str(&format!(
                        "  via {} \"{}\"",
                        name_kind_word(h.name_kind),
                        h.matched
                    ));
                }
                line.push_str(&format!("  [{}]", h.kind.as_str()));
                if let Some(typed) = &h.corrected_from {
                    line.push_str(&format!("  corrected from \"{typed}\""));
                }
                if h.tie {
                    line.push_str("  (equal match)");
                }
                if !h.lasa.is_empty() {
                    line.push_str(&format!("  look-alike: {}", h.lasa.join(", ")));
                }
                let _ = writeln!(out, "{line}");
            }
        }
    }
    if result.hits.is_empty() {
        EXIT_NOT_FOUND
    } else {
        EXIT_OK
    }
}
