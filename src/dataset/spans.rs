//! Where things are in a RON file. serde gives us typed values without
//! positions; this module re-reads the same text into a light tree of
//! positions so that a semantic problem found later ("unknown source") can be
//! reported at the line and column of the offending value. It never decides
//! what the data means and is only used on text serde already accepted.

use std::fmt;

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub col: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// One step of a path into a data file: a struct field or a list index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    Field(&'a str),
    Index(usize),
}

/// A value in the file and where it starts.
#[derive(Debug, Clone)]
pub struct Node {
    pub pos: Position,
    kind: NodeKind,
}

#[derive(Debug, Clone)]
enum NodeKind {
    /// `(name: value, ...)`: each field with the position of its name.
    Fields(Vec<(String, Position, Node)>),
    /// `[a, b]` or a tuple `(a, b)`.
    Seq(Vec<Node>),
    /// Anything else: strings, numbers, identifiers, maps.
    Leaf,
}

impl Node {
    /// The position of the value at `path`, or of the deepest part of the
    /// path that exists (a missing field is reported where its struct starts).
    pub fn locate(&self, path: &[Step<'_>]) -> Position {
        let mut node = self;
        for step in path {
            let next = match (step, &node.kind) {
                (Step::Field(name), NodeKind::Fields(fields)) => {
                    fields.iter().find(|(n, _, _)| n == name).map(|(_, _, v)| v)
                }
                (Step::Index(i), NodeKind::Seq(items)) => items.get(*i),
                _ => None,
            };
            match next {
                Some(n) => node = n,
                None => break,
            }
        }
        node.pos
    }
}

/// Reads `text` into a position tree. Returns `None` only for text that is
/// not RON, which cannot happen after serde accepted it.
pub fn parse(text: &str) -> Option<Node> {
    let tokens = lex(text)?;
    let mut parser = Parser { tokens, at: 0 };
    parser.value()
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Open(char),
    Close(char),
    Comma,
    Colon,
    Ident(String),
    Str,
    Other,
}

struct Lexer<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
    col: usize,
}

impl Lexer<'_> {
    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn peek(&mut self) -> Option<char> {
        self.chars.peek().copied()
    }

    fn pos(&self) -> Position {
        Position {
            line: self.line,
            col: self.col,
        }
    }

    fn skip_block_comment(&mut self) -> Option<()> {
        // The opening "/*" is consumed; RON block comments nest.
        let mut depth = 1;
        while depth > 0 {
            match self.bump()? {
                '*' if self.peek() == Some('/') => {
                    self.bump();
                    depth -= 1;
                }
                '/' if self.peek() == Some('*') => {
                    self.bump();
                    depth += 1;
                }
                _ => {}
            }
        }
        Some(())
    }

    fn skip_quoted(&mut self, quote: char) -> Option<()> {
        loop {
            match self.bump()? {
                '\\' => {
                    self.bump()?;
                }
                c if c == quote => return Some(()),
                _ => {}
            }
        }
    }

    fn skip_raw_string(&mut self) -> Option<()> {
        // At `r`, followed by zero or more '#' and a quote.
        let mut hashes = 0;
        while self.peek() == Some('#') {
            self.bump();
            hashes += 1;
        }
        if self.bump()? != '"' {
            return None;
        }
        loop {
            if self.bump()? == '"' {
                let mut seen = 0;
                while seen < hashes && self.peek() == Some('#') {
                    self.bump();
                    seen += 1;
                }
                if seen == hashes {
                    return Some(());
                }
            }
        }
    }
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '.' || c == '+' || c == '-'
}

fn lex(text: &str) -> Option<Vec<(Tok, Position)>> {
    let mut lx = Lexer {
        chars: text.chars().peekable(),
        line: 1,
        col: 1,
    };
    let mut out = Vec::new();
    while let Some(c) = lx.peek() {
        let pos = lx.pos();
        match c {
            c if c.is_whitespace() => {
                lx.bump();
            }
            '/' => {
                lx.bump();
                match lx.bump()? {
                    '/' => {
                        while let Some(c) = lx.peek() {
                            if c == '\n' {
                                break;
                            }
                            lx.bump();
                        }
                    }
                    '*' => lx.skip_block_comment()?,
                    _ => return None,
                }
            }
            '#' => {
                // `#![enable(...)]` attribute: skip to the closing bracket.
                while let Some(c) = lx.bump() {
                    if c == ']' {
                        break;
                    }
                }
            }
            '(' | '[' | '{' => {
                lx.bump();
                out.push((Tok::Open(c), pos));
            }
            ')' | ']' | '}' => {
                lx.bump();
                out.push((Tok::Close(c), pos));
            }
            ',' => {
                lx.bump();
                out.push((Tok::Comma, pos));
            }
            ':' => {
                lx.bump();
                out.push((Tok::Colon, pos));
            }
            '"' => {
                lx.bump();
                lx.skip_quoted('"')?;
                out.push((Tok::Str, pos));
            }
            '\'' => {
                lx.bump();
                lx.skip_quoted('\'')?;
                out.push((Tok::Other, pos));
            }
            _ => {
                let mut word = String::new();
                while let Some(c) = lx.peek() {
                    if !is_ident_char(c) {
                        break;
                    }
                    word.push(c);
                    lx.bump();
                }
                if word.is_empty() {
                    return None;
                }
                let raw_string =
                    (word == "r" || word == "br") && matches!(lx.peek(), Some('"') | Some('#'));
                let byte_string = word == "b" && lx.peek() == Some('"');
                if raw_string {
                    lx.skip_raw_string()?;
                    out.push((Tok::Str, pos));
                } else if byte_string {
                    lx.bump();
                    lx.skip_quoted('"')?;
                    out.push((Tok::Str, pos));
                } else if word.starts_with(|c: char| c.is_alphabetic() || c == '_') {
                    out.push((Tok::Ident(word), pos));
                } else {
                    out.push((Tok::Other, pos));
                }
            }
        }
    }
    Some(out)
}

struct Parser {
    tokens: Vec<(Tok, Position)>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.at).map(|(t, _)| t)
    }

    fn peek2(&self) -> Option<&Tok> {
        self.tokens.get(self.at + 1).map(|(t, _)| t)
    }

    fn next(&mut self) -> Option<(Tok, Position)> {
        let t = self.tokens.get(self.at).cloned();
        self.at += 1;
        t
    }

    fn value(&mut self) -> Option<Node> {
        let (tok, pos) = self.next()?;
        match tok {
            Tok::Open('(') => self.group(pos),
            Tok::Open('[') => {
                let items = self.items(']')?;
                Some(Node {
                    pos,
                    kind: NodeKind::Seq(items),
                })
            }
            Tok::Open('{') => {
                self.skip_until_close('}')?;
                Some(Node {
                    pos,
                    kind: NodeKind::Leaf,
                })
            }
            Tok::Ident(name) => {
                if self.peek() == Some(&Tok::Open('(')) {
                    let (_, open) = self.next()?;
                    let inner = self.group(open)?;
                    if name == "Some" {
                        // Transparent: `Some(x)` locates like `x`.
                        if let NodeKind::Seq(mut items) = inner.kind {
                            if items.len() == 1 {
                                return items.pop();
                            }
                            return Some(Node {
                                pos,
                                kind: NodeKind::Seq(items),
                            });
                        }
                        return Some(inner);
                    }
                    // A named struct or enum variant starts at its name.
                    Some(Node {
                        pos,
                        kind: inner.kind,
                    })
                } else {
                    Some(Node {
                        pos,
                        kind: NodeKind::Leaf,
                    })
                }
            }
            Tok::Str | Tok::Other => Some(Node {
                pos,
                kind: NodeKind::Leaf,
            }),
            Tok::Close(_) | Tok::Comma | Tok::Colon | Tok::Open(_) => None,
        }
    }

    /// After `(`: a struct with named fields, or a tuple.
    fn group(&mut self, pos: Position) -> Option<Node> {
        let is_struct =
            matches!(self.peek(), Some(Tok::Ident(_))) && matches!(self.peek2(), Some(Tok::Colon));
        if !is_struct {
            let items = self.items(')')?;
            return Some(Node {
                pos,
                kind: NodeKind::Seq(items),
            });
        }
        let mut fields = Vec::new();
        loop {
            match self.next()? {
                (Tok::Close(')'), _) => break,
                (Tok::Comma, _) => continue,
                (Tok::Ident(name), name_pos) => {
                    if self.next()?.0 != Tok::Colon {
                        return None;
                    }
                    let value = self.value()?;
                    fields.push((name, name_pos, value));
                }
                _ => return None,
            }
        }
        Some(Node {
            pos,
            kind: NodeKind::Fields(fields),
        })
    }

    fn items(&mut self, close: char) -> Option<Vec<Node>> {
        let mut items = Vec::new();
        loop {
            match self.peek()? {
                Tok::Close(c) if *c == close => {
                    self.next();
                    return Some(items);
                }
                Tok::Comma => {
                    self.next();
                }
                _ => items.push(self.value()?),
            }
        }
    }

    fn skip_until_close(&mut self, close: char) -> Option<()> {
        let mut depth = 0usize;
        loop {
            match self.next()?.0 {
                Tok::Open(_) => depth += 1,
                Tok::Close(c) if depth == 0 && c == close => return Some(()),
                Tok::Close(_) => depth = depth.checked_sub(1)?,
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r##"// a comment with "quotes" and (parens)
(
    drugs: [
        (generic: "a", effects: []),
        (
            generic: "b /* not a comment */",
            effects: [(sources: ["x", "y"])],
        ),
    ],
    metadata: Some((version: r#"1"#)),
)"##;

    #[test]
    fn locates_nested_values_by_path() {
        let tree = parse(TEXT).expect("valid RON");
        let cases: &[(&[Step], (usize, usize))] = &[
            (&[Step::Field("drugs")], (3, 12)),
            (&[Step::Field("drugs"), Step::Index(1)], (5, 9)),
            (
                &[Step::Field("drugs"), Step::Index(1), Step::Field("generic")],
                (6, 22),
            ),
            (
                &[
                    Step::Field("drugs"),
                    Step::Index(1),
                    Step::Field("effects"),
                    Step::Index(0),
                    Step::Field("sources"),
                    Step::Index(1),
                ],
                (7, 39),
            ),
            (&[Step::Field("metadata"), Step::Field("version")], (10, 30)),
            // Missing parts fall back to the deepest part that exists.
            (&[Step::Field("drugs"), Step::Index(9)], (3, 12)),
        ];
        for (path, (line, col)) in cases {
            assert_eq!(
                tree.locate(path),
                Position {
                    line: *line,
                    col: *col
                },
                "{path:?}"
            );
        }
    }
}
