"""Contains all the data models used in inputs/outputs"""

from .batch_error_map import BatchErrorMap
from .batch_item_error import BatchItemError
from .category import Category
from .controller_error import ControllerError
from .core_trigger_key import CoreTriggerKey
from .deleted_hook import DeletedHook
from .deleted_hook_response import DeletedHookResponse
from .error_response import ErrorResponse
from .events_by_key import EventsByKey
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
from .webhook_any_event import WebhookAnyEvent
from .webhook_category import WebhookCategory
from .webhook_company import WebhookCompany
from .webhook_company_change_event import WebhookCompanyChangeEvent
from .webhook_company_deleted_event import WebhookCompanyDeletedEvent
from .webhook_company_saved_event import WebhookCompanySavedEvent
from .webhook_contact_all import WebhookContactAll
from .webhook_contact_array import WebhookContactArray
from .webhook_contact_deleted_event import WebhookContactDeletedEvent
from .webhook_contact_details import WebhookContactDetails
from .webhook_contact_list import WebhookContactList
from .webhook_contact_saved_event import WebhookContactSavedEvent
from .webhook_created_field_value import WebhookCreatedFieldValue
from .webhook_do_not_contact import WebhookDoNotContact
from .webhook_dynamic_content import WebhookDynamicContent
from .webhook_email import WebhookEmail
from .webhook_email_open_event import WebhookEmailOpenEvent
from .webhook_email_send_event import WebhookEmailSendEvent
from .webhook_field_map import WebhookFieldMap
from .webhook_field_properties import WebhookFieldProperties
from .webhook_fields import WebhookFields
from .webhook_flat_field_values import WebhookFlatFieldValues
from .webhook_form_submit_event import WebhookFormSubmitEvent
from .webhook_hit import WebhookHit
from .webhook_hit_query import WebhookHitQuery
from .webhook_ip_address import WebhookIpAddress
from .webhook_ip_details import WebhookIpDetails
from .webhook_nested_email import WebhookNestedEmail
from .webhook_nested_form import WebhookNestedForm
from .webhook_nested_page import WebhookNestedPage
from .webhook_nested_segment import WebhookNestedSegment
from .webhook_page_hit_event import WebhookPageHitEvent
from .webhook_points_change import WebhookPointsChange
from .webhook_points_change_event import WebhookPointsChangeEvent
from .webhook_publish_details import WebhookPublishDetails
from .webhook_related_entity import WebhookRelatedEntity
from .webhook_segment import WebhookSegment
from .webhook_segment_action import WebhookSegmentAction
from .webhook_segment_change_event import WebhookSegmentChangeEvent
from .webhook_segment_filter import WebhookSegmentFilter
from .webhook_sms_send_event import WebhookSmsSendEvent
from .webhook_stat import WebhookStat
from .webhook_stored_field_value import WebhookStoredFieldValue
from .webhook_stored_field_value_is_fixed import WebhookStoredFieldValueIsFixed
from .webhook_string_map import WebhookStringMap
from .webhook_submission import WebhookSubmission
from .webhook_subscription_change_event import WebhookSubscriptionChangeEvent
from .webhook_subscription_status import WebhookSubscriptionStatus
from .webhook_tag import WebhookTag
from .webhook_utm_tag import WebhookUtmTag
from .webhook_utm_tags import WebhookUtmTags
from .where_clause import WhereClause
from .where_clause_expr import WhereClauseExpr
from .where_clauses import WhereClauses

__all__ = (
    "BatchErrorMap",
    "BatchItemError",
    "Category",
    "ControllerError",
    "CoreTriggerKey",
    "DeletedHook",
    "DeletedHookResponse",
    "ErrorResponse",
    "EventsByKey",
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
    "WebhookAnyEvent",
    "WebhookCategory",
    "WebhookCompany",
    "WebhookCompanyChangeEvent",
    "WebhookCompanyDeletedEvent",
    "WebhookCompanySavedEvent",
    "WebhookContactAll",
    "WebhookContactArray",
    "WebhookContactDeletedEvent",
    "WebhookContactDetails",
    "WebhookContactList",
    "WebhookContactSavedEvent",
    "WebhookCreatedFieldValue",
    "WebhookDoNotContact",
    "WebhookDynamicContent",
    "WebhookEmail",
    "WebhookEmailOpenEvent",
    "WebhookEmailSendEvent",
    "WebhookFieldMap",
    "WebhookFieldProperties",
    "WebhookFields",
    "WebhookFlatFieldValues",
    "WebhookFormSubmitEvent",
    "WebhookHit",
    "WebhookHitQuery",
    "WebhookIpAddress",
    "WebhookIpDetails",
    "WebhookNestedEmail",
    "WebhookNestedForm",
    "WebhookNestedPage",
    "WebhookNestedSegment",
    "WebhookPageHitEvent",
    "WebhookPointsChange",
    "WebhookPointsChangeEvent",
    "WebhookPublishDetails",
    "WebhookRelatedEntity",
    "WebhookSegment",
    "WebhookSegmentAction",
    "WebhookSegmentChangeEvent",
    "WebhookSegmentFilter",
    "WebhookSmsSendEvent",
    "WebhookStat",
    "WebhookStoredFieldValue",
    "WebhookStoredFieldValueIsFixed",
    "WebhookStringMap",
    "WebhookSubmission",
    "WebhookSubscriptionChangeEvent",
    "WebhookSubscriptionStatus",
    "WebhookTag",
    "WebhookUtmTag",
    "WebhookUtmTags",
    "WhereClause",
    "WhereClauseExpr",
    "WhereClauses",
)
