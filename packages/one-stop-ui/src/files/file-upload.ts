// The upload to POST /api/files lives once, in @skhcn/api-client (shared by every field app); the one-stop screens
// use it under the names they always had.
export {
  ACCEPTED_UPLOAD_TYPES as ACCEPTED_TYPES,
  UPLOAD_ACCEPT_ATTRIBUTE as ACCEPT_ATTRIBUTE,
  MAX_UPLOAD_BYTES,
  UploadError,
  checkFileBeforeUpload,
  uploadFile,
  type UploadedFile,
} from '@skhcn/api-client';
