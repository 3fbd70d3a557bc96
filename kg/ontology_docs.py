"""Render the committee-kg ontology as a Markdown reference.

The Turtle file ``ontology/committee-kg.ttl`` is the one place the terms are defined;
``docs/ontology.md`` is generated from it so the two cannot drift apart (a test compares the
committed file with a fresh rendering). Output is deterministic: terms, alignments and
domain/range lists are sorted, so regenerating an unchanged ontology gives the same bytes and
a diff of the docs shows exactly what changed in the ontology.

Usage: ``python -m kg.ontology_docs [ONTOLOGY] [-o OUT]`` (stdout without ``-o``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS
from rdflib.term import Node

VANN_NAMESPACE_URI = URIRef("http://purl.org/vocab/vann/preferredNamespaceUri")
VANN_NAMESPACE_PREFIX = URIRef("http://purl.org/vocab/vann/preferredNamespacePrefix")

#: Written into the generated file itself, because the test compares the whole file with the
#: generator's output: hand edits to docs/ontology.md would be lost (and fail the test).
PREFACE = """\
This is the reference of the vocabulary the committee-kg graph speaks. The core terms are a
contract: queries, the explorer, the notebook and downstream users rely on their names and
meanings. Every term is aligned, where a standard vocabulary has a fitting term, to W3C ORG,
FOAF, PROV-O, Dublin Core, SKOS, schema.org or Web Annotation, so the graph can also be read
with those vocabularies alone.

Standard terms are used as they are rather than redefined: `rdfs:label` names every node,
committees also have `skos:prefLabel` (canonical name) and `skos:altLabel` (former and variant
names), people `foaf:name`, items, documents and programmes `dcterms:title`; `org:heldBy` links a
post to its holder; `prov:wasDerivedFrom` links every extracted node to its
`ckg:SourceDocument`, and `ckg:evidence` to the exact quoted span.

The SHACL shapes in `ontology/shapes.ttl` state what a valid graph looks like; they are checked
over the union of all documents' graphs."""

GENERATED_NOTE = (
    "<!-- Generated from ontology/committee-kg.ttl by `python -m kg.ontology_docs -o "
    "docs/ontology.md`. Do not edit by hand: edit the ontology (or the generator) and "
    "regenerate. -->"
)

#: (section title, rdf:type of its terms); a term is listed in the first section that fits.
SECTIONS: tuple[tuple[str, URIRef], ...] = (
    ("Classes", OWL.Class),
    ("Object properties", OWL.ObjectProperty),
    ("Datatype properties", OWL.DatatypeProperty),
    ("Annotation properties", OWL.AnnotationProperty),
    ("Individuals", OWL.NamedIndividual),
)

#: How each alignment predicate is worded in the reference.
ALIGNMENTS: tuple[tuple[URIRef, str], ...] = (
    (RDFS.subClassOf, "subclass of"),
    (OWL.equivalentClass, "equivalent class"),
    (RDFS.subPropertyOf, "subproperty of"),
    (OWL.equivalentProperty, "equivalent property"),
    (OWL.sameAs, "same as"),
    (SKOS.exactMatch, "exact match"),
    (SKOS.closeMatch, "close match"),
)


def default_ontology_path() -> Path:
    """The ontology shipped with the code.

    An installed wheel carries it as ``kg/_ontology`` (see pyproject's force-include); a source
    checkout has it at the repository root. The wheel location is tried first so an installed
    tool documents the ontology it was built with.
    """
    here = Path(__file__).resolve().parent
    packaged = Path(__file__).parent / "_ontology" / "committee-kg.ttl"
    if packaged.is_file():
        return packaged
    return here.parent / "ontology" / "committee-kg.ttl"


class _Reader:
    """Read-side helpers over the ontology graph: CURIEs, preferred literals, lists."""

    def __init__(self, graph: Graph):
        self.g = graph
        # Only the prefixes the Turtle file declares (the graph is created without rdflib's
        # default bindings), longest namespace first so the most specific prefix wins.
        pairs = [(str(ns), prefix) for prefix, ns in graph.namespaces() if prefix]
        self.prefixes = sorted(pairs, key=lambda p: (-len(p[0]), p[1]))

    def curie(self, node: Node) -> str:
        """``prefix:local`` for an IRI in a declared namespace, else ``<iri>``."""
        if isinstance(node, URIRef):
            iri = str(node)
            for ns, prefix in self.prefixes:
                if iri.startswith(ns) and len(iri) > len(ns):
                    return f"{prefix}:{iri[len(ns):]}"
            return f"<{iri}>"
        if isinstance(node, Literal):
            return node.n3()
        return self.describe_class(node)

    def code(self, node: Node) -> str:
        """Markdown for a term or class expression: each named term as inline code."""
        if isinstance(node, URIRef | Literal):
            return f"`{self.curie(node)}`"
        union = self.g.value(node, OWL.unionOf)
        if union is not None:
            return " or ".join(self.code(m) for m in Collection(self.g, union))
        return "(anonymous class)"

    def describe_class(self, node: Node) -> str:
        """A class expression as plain text: a CURIE, or a union written as "A or B"."""
        return self.code(node).replace("`", "")

    def class_members(self, node: Node) -> list[Node]:
        """The named classes a domain or range covers (the members of a union)."""
        union = self.g.value(node, OWL.unionOf)
        if union is not None:
            return list(Collection(self.g, union))
        return [node]

    def text(self, subject: Node, predicate: URIRef) -> str:
        """The English value of an annotation (untagged if none is English), or ""."""
        values = [o for o in self.g.objects(subject, predicate) if isinstance(o, Literal)]
        for wanted in ("en", None):
            chosen = sorted(str(v) for v in values if v.language == wanted)
            if chosen:
                return " ".join(chosen[0].split())
        return " ".join(sorted(str(v) for v in values)[0].split()) if values else ""

    def expressions(self, subject: Node, predicate: URIRef) -> list[str]:
        """Sorted, rendered objects of ``subject predicate ?o`` (class expressions allowed)."""
        return sorted(self.code(o) for o in self.g.objects(subject, predicate))


def _local(term: URIRef) -> str:
    iri = str(term)
    for sep in ("#", "/"):
        if sep in iri:
            iri = iri.rsplit(sep, 1)[1]
            break
    return iri


def _sort_key(term: URIRef) -> tuple[str, str]:
    local = _local(term)
    return (local.casefold(), local)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _joined(items: Iterable[str]) -> str:
    return ", ".join(items)


class _Renderer:
    def __init__(self, graph: Graph):
        self.g = graph
        self.r = _Reader(graph)
        self.ontology = next(iter(sorted(graph.subjects(RDF.type, OWL.Ontology))), None)
        ns = graph.value(self.ontology, VANN_NAMESPACE_URI) if self.ontology else None
        if ns is None and self.ontology is not None:
            ns = Literal(f"{self.ontology}#")
        self.namespace = str(ns) if ns is not None else ""
        prefix = graph.value(self.ontology, VANN_NAMESPACE_PREFIX) if self.ontology else None
        self.prefix = str(prefix) if prefix is not None else ""

    def own_terms(self) -> set[URIRef]:
        """Terms the ontology defines: in its namespace, or ``rdfs:isDefinedBy`` it."""
        terms = {
            s for s in self.g.subjects(RDFS.isDefinedBy, self.ontology) if isinstance(s, URIRef)
        } if self.ontology is not None else set()
        if self.namespace:
            terms |= {
                s for s in self.g.subjects() if isinstance(s, URIRef)
                and str(s).startswith(self.namespace)
            }
        return terms

    def sections(self) -> list[tuple[str, list[URIRef]]]:
        remaining = self.own_terms()
        out: list[tuple[str, list[URIRef]]] = []
        for title, kind in SECTIONS:
            found = {t for t in remaining if (t, RDF.type, kind) in self.g}
            if title == "Individuals":
                # An individual need not be typed owl:NamedIndividual: any instance of one of
                # the ontology's own classes counts.
                own_classes = {t for t in self.own_terms() if (t, RDF.type, OWL.Class) in self.g}
                found |= {t for t in remaining if set(self.g.objects(t, RDF.type)) & own_classes}
            remaining -= found
            if found:
                out.append((title, sorted(found, key=_sort_key)))
        if remaining:
            out.append(("Other terms", sorted(remaining, key=_sort_key)))
        return out

    def alignments(self, term: URIRef) -> list[str]:
        """How the term relates to other vocabularies (and to other ckg: terms)."""
        parts: list[str] = []
        for predicate, wording in ALIGNMENTS:
            for o in sorted(self.g.objects(term, predicate), key=str):
                parts.append(f"{wording} {self.r.code(o)}")
        return parts

    def domain_range(self, term: URIRef) -> str:
        domains = self.r.expressions(term, RDFS.domain) or ["(any)"]
        ranges = self.r.expressions(term, RDFS.range) or ["(any)"]
        return f"{_joined(domains)} → {_joined(ranges)}"

    def types(self, term: URIRef) -> list[str]:
        return sorted(
            self.r.code(t) for t in self.g.objects(term, RDF.type)
            if t not in (OWL.NamedIndividual, OWL.Class)
        )

    def related_properties(self, cls: URIRef, predicate: URIRef) -> list[str]:
        """Properties whose domain (or range) is, or is a union including, ``cls``."""
        found = set()
        for prop, value in self.g.subject_objects(predicate):
            if isinstance(prop, URIRef) and cls in self.r.class_members(value):
                found.add(prop)
        return [self.r.code(p) for p in sorted(found, key=_sort_key)]

    def instances(self, cls: URIRef) -> list[str]:
        found = [s for s in self.g.subjects(RDF.type, cls) if isinstance(s, URIRef)]
        return [self.r.code(s) for s in sorted(found, key=_sort_key)]

    def term(self, term: URIRef, section: str) -> list[str]:
        r = self.r
        label = r.text(term, RDFS.label)
        lines = [f"### `{r.curie(term)}`", ""]
        if label:
            lines += [f"**{label}**", ""]
        comment = r.text(term, RDFS.comment)
        if comment:
            lines += [comment, ""]
        facts: list[tuple[str, str]] = [("IRI", f"<{term}>")]
        if section.endswith("properties"):
            facts.append(("Domain → range", self.domain_range(term)))
            inverse = sorted(r.code(o) for o in self.g.objects(term, OWL.inverseOf))
            if inverse:
                facts.append(("Inverse of", _joined(inverse)))
        if section == "Individuals":
            facts.append(("Type", _joined(self.types(term))))
        aligned = self.alignments(term)
        facts.append(("Aligned to", _joined(aligned) if aligned else "(own term)"))
        see_also = sorted(r.code(o) for o in self.g.objects(term, RDFS.seeAlso))
        if see_also:
            facts.append(("See also", _joined(see_also)))
        if section == "Classes":
            one_of = self.g.value(term, OWL.oneOf)
            members = self.instances(term)
            if one_of is not None:
                members = [r.code(m) for m in Collection(self.g, one_of)]
                facts.append(("Values (closed list)", _joined(members)))
            elif members:
                facts.append(("Instances", _joined(members)))
            as_domain = self.related_properties(term, RDFS.domain)
            if as_domain:
                facts.append(("Properties", _joined(as_domain)))
            as_range = self.related_properties(term, RDFS.range)
            if as_range:
                facts.append(("Value of", _joined(as_range)))
        lines += [f"- {name}: {value}" for name, value in facts]
        lines.append("")
        return lines

    def summary(self, terms: Sequence[URIRef], section: str) -> list[str]:
        r = self.r
        if section.endswith("properties"):
            lines = ["| term | label | domain → range |", "|---|---|---|"]
            for t in terms:
                row = (r.code(t), r.text(t, RDFS.label), self.domain_range(t))
                lines.append("| " + " | ".join(_cell(c) for c in row) + " |")
        else:
            lines = ["| term | label | aligned to |", "|---|---|---|"]
            for t in terms:
                aligned = _joined(self.alignments(t)) or "(own term)"
                row = (r.code(t), r.text(t, RDFS.label), aligned)
                lines.append("| " + " | ".join(_cell(c) for c in row) + " |")
        return [*lines, ""]

    def header(self) -> list[str]:
        r = self.r
        onto = self.ontology
        title = r.text(onto, DCTERMS.title) if onto is not None else ""
        lines = [f"# {title or 'Ontology reference'}", "", GENERATED_NOTE, "", PREFACE, ""]
        description = r.text(onto, DCTERMS.description) if onto is not None else ""
        if description:
            lines += [description, ""]
        facts: list[tuple[str, str]] = []
        if onto is not None:
            facts.append(("Ontology IRI", f"<{onto}>"))
        if self.namespace:
            prefix = f"`{self.prefix}:` = " if self.prefix else ""
            facts.append(("Namespace", f"{prefix}<{self.namespace}>"))
        if onto is not None:
            version = r.text(onto, OWL.versionInfo)
            if version:
                facts.append(("Version", version))
            licences = sorted(str(o) for o in self.g.objects(onto, DCTERMS.license))
            if licences:
                facts.append(("License", _joined(f"<{x}>" for x in licences)))
        lines += [f"- {name}: {value}" for name, value in facts]
        return [*lines, ""]

    def render(self) -> str:
        lines = self.header()
        sections = self.sections()
        lines += ["## Contents", ""]
        lines += [
            f"- {title} ({len(terms)}): " + ", ".join(self.r.code(t) for t in terms)
            for title, terms in sections
        ]
        lines.append("")
        for title, terms in sections:
            lines += [f"## {title}", ""]
            lines += self.summary(terms, title)
            for t in terms:
                lines += self.term(t, title)
        text = "\n".join(lines)
        return text.rstrip("\n") + "\n"


def load(ontology_path: Path) -> Graph:
    """Parse the ontology without rdflib's default prefix bindings.

    Only the prefixes the file declares then appear in CURIEs, so the output does not change
    with the rdflib version's idea of well-known prefixes.
    """
    graph = Graph(bind_namespaces="none")
    graph.parse(ontology_path, format="turtle")
    return graph


def render_markdown(ontology_path: Path) -> str:
    """The Markdown reference of the ontology at ``ontology_path`` (deterministic)."""
    return _Renderer(load(Path(ontology_path))).render()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kg.ontology_docs",
        description="Write a Markdown reference of the committee-kg ontology.",
    )
    parser.add_argument(
        "ontology", nargs="?", type=Path, default=None,
        help="ontology Turtle file (default: the ontology shipped with kg)",
    )
    parser.add_argument(
        "-o", "--output", type=Path, default=None, help="write here instead of stdout",
    )
    args = parser.parse_args(argv)
    text = render_markdown(args.ontology or default_ontology_path())
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
