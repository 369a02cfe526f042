// The table of step forms: every engine action has exactly one (the type says so).
import type { EngineAction } from '../api-types';
import type { AnyActionForm } from './action-form';
import { requestAdditionsAction, supplyAdditionsAction } from './forms/additions.action';
import { extendDeadlineAction } from './forms/extend-deadline.action';
import { confirmPaymentAction, requestPaymentAction } from './forms/payment.action';
import { refuseAction, rejectAction, stopAction, withdrawAction } from './forms/reasons.action';
import {
  approveAction,
  assignAction,
  receiveAction,
  returnResultAction,
  submitForSignatureAction,
} from './forms/simple.action';

export const ACTION_FORMS: Readonly<Record<EngineAction, AnyActionForm>> = {
  receive: receiveAction,
  refuse: refuseAction,
  assign: assignAction,
  request_additions: requestAdditionsAction,
  supply_additions: supplyAdditionsAction,
  submit_for_signature: submitForSignatureAction,
  extend_deadline: extendDeadlineAction,
  request_payment: requestPaymentAction,
  confirm_payment: confirmPaymentAction,
  approve: approveAction,
  reject: rejectAction,
  return_result: returnResultAction,
  withdraw: withdrawAction,
  stop: stopAction,
};
