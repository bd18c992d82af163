"""PHP's and Mautic's own value rules, ported once: the sandbox applies them to behave like Mautic, the runner
to predict what Mautic will answer (e.g. which inputs reach a known defect).

- `values`: PHP's conversions (`(int)`, `(string)$float`, array keys, query parsing, loose equality, JSON).
- `inputfilter`: Mautic's InputHelper cleaning and Symfony's form trim.
"""
