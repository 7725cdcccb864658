"""Parses each Bicep file with pycep (the parser checkov uses) and prints, as JSON, its parameters
(with whether they have a default and their @allowed values) and outputs. A file that does not parse
is reported as an error: checkov alone counts it as a "parsing error" and still exits 0."""
import json
import sys

from pycep import BicepParser

result = {}
for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8") as source:
            tree = BicepParser().parse(text=source.read())
    except Exception as error:  # any parse failure, with its position
        result[path] = {"error": f"{type(error).__name__}: {str(error).splitlines()[0]}"}
        continue
    parameters = {}
    for name, parameter in tree.get("parameters", {}).items():
        allowed = next(
            (d["argument"] for d in parameter.get("decorators", []) if d.get("type") == "allowed"),
            None,
        )
        parameters[name] = {
            "type": parameter.get("type"),
            "required": parameter.get("default") is None,
            "allowed": allowed if isinstance(allowed, list) else None,
        }
    result[path] = {"parameters": parameters, "outputs": sorted(tree.get("outputs", {}).keys())}
json.dump(result, sys.stdout)
