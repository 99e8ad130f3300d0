import { useState } from 'react';
import { useLocation } from 'react-router';
import type { ApiError } from './field-errors';

/** What an editor page says after it moved a new record to its own address (in the router's state). */
export interface CarriedNotice {
  notice?: string;
  refusal?: ApiError;
}

/**
 * The state an editor of a stored record keeps: the record as stored, the fields it started
 * from (`base`, null for a record not created yet), the form, the form's own field errors,
 * what the last action said (`notice`), what the API refused (`refusal`) and a conflict met.
 */
export function useEditedRecord<Stored, Fields extends object, Conflict>({
  initial,
  fieldsOf,
  blank,
}: {
  initial: Stored | null;
  fieldsOf: (stored: Stored) => Fields;
  blank: Fields;
}) {
  const location = useLocation();
  const [stored, setStored] = useState<Stored | null>(initial);
  const [base, setBase] = useState<Fields | null>(initial ? fieldsOf(initial) : null);
  const [form, setForm] = useState<Fields>(initial ? fieldsOf(initial) : blank);
  const [local, setLocal] = useState<Partial<Record<string, string>>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const carried = location.state as CarriedNotice | null;
  const [notice, setNotice] = useState<string | null>(carried?.notice ?? null);
  const [refusal, setRefusal] = useState<ApiError | null>(carried?.refusal ?? null);

  /** A field typed: its own error goes until the form is checked again, and so does the last notice. */
  const set = <F extends keyof Fields & string>(field: F, value: Fields[F]) => {
    setForm((f) => ({ ...f, [field]: value }));
    setLocal((e) => ({ ...e, [field]: undefined }));
    setNotice(null);
  };

  /** The record as now stored (after a save): the form shows it, nothing refused, no conflict. */
  const accept = (s: Stored) => {
    const values = fieldsOf(s);
    setStored(s);
    setBase(values);
    setForm(values);
    setRefusal(null);
    setConflict(null);
  };

  return {
    stored,
    setStored,
    base,
    setBase,
    form,
    setForm,
    set,
    local,
    setLocal,
    conflict,
    setConflict,
    notice,
    setNotice,
    refusal,
    setRefusal,
    accept,
  };
}
