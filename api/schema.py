"""Additions to the generated OpenAPI schema."""

ERROR = {
    "type": "object",
    "properties": {
        "message": {"type": "string"},
        "errors": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
        "retry_after": {"type": "integer", "nullable": True},
    },
    "required": ["message"],
}
ERROR_RESPONSES = {
    "400": "A query string that makes no sense (the message says why)",
    "404": "No such record, page or cursor, or not public",
    "429": "Too many requests: wait for the seconds in Retry-After",
}


def add_error_responses(result, generator, request, public):
    """Every operation may answer the errors above, each as JSON with a message."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            for status, description in ERROR_RESPONSES.items():
                responses.setdefault(status, {
                    "description": description,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                })
    return result
