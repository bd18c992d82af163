"""Contains all the data models used in inputs/outputs"""

from .batch_error_map import BatchErrorMap
from .batch_item_error import BatchItemError
from .category import Category
from .controller_error import ControllerError
from .deleted_hook import DeletedHook
from .deleted_hook_response import DeletedHookResponse
from .error_response import ErrorResponse
from .events_orderby_dir import EventsOrderbyDir
from .field_errors import FieldErrors
from .hook import Hook
from .hook_attributes import HookAttributes
from .hook_batch_delete_response import HookBatchDeleteResponse
from .hook_batch_edit_response import HookBatchEditResponse
from .hook_batch_response import HookBatchResponse
from .hook_create import HookCreate
from .hook_draft import HookDraft
from .hook_draft_index_map import HookDraftIndexMap
from .hook_index_map import HookIndexMap
from .hook_list import HookList
from .hook_map import HookMap
from .hook_replace_item import HookReplaceItem
from .hook_response import HookResponse
from .hook_update import HookUpdate
from .hook_update_item import HookUpdateItem
from .listener_error import ListenerError
from .order_clause import OrderClause
from .order_clauses import OrderClauses
from .selected_category import SelectedCategory
from .selected_hook import SelectedHook
from .selected_hook_list import SelectedHookList
from .selected_hook_map import SelectedHookMap
from .selected_hook_response import SelectedHookResponse
from .status_code_map import StatusCodeMap
from .trigger import Trigger
from .trigger_catalogue import TriggerCatalogue
from .trigger_map import TriggerMap
from .where_clause import WhereClause
from .where_clause_expr import WhereClauseExpr
from .where_clauses import WhereClauses

__all__ = (
    "BatchErrorMap",
    "BatchItemError",
    "Category",
    "ControllerError",
    "DeletedHook",
    "DeletedHookResponse",
    "ErrorResponse",
    "EventsOrderbyDir",
    "FieldErrors",
    "Hook",
    "HookAttributes",
    "HookBatchDeleteResponse",
    "HookBatchEditResponse",
    "HookBatchResponse",
    "HookCreate",
    "HookDraft",
    "HookDraftIndexMap",
    "HookIndexMap",
    "HookList",
    "HookMap",
    "HookReplaceItem",
    "HookResponse",
    "HookUpdate",
    "HookUpdateItem",
    "ListenerError",
    "OrderClause",
    "OrderClauses",
    "SelectedCategory",
    "SelectedHook",
    "SelectedHookList",
    "SelectedHookMap",
    "SelectedHookResponse",
    "StatusCodeMap",
    "Trigger",
    "TriggerCatalogue",
    "TriggerMap",
    "WhereClause",
    "WhereClauseExpr",
    "WhereClauses",
)
