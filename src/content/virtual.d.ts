declare module 'virtual:cognito-course' {
  const course: import('./types').Course;
  export default course;
}
